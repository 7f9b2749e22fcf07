namespace avemo {
int uiPlaceholder() { return 0; }
} // namespace avemo
