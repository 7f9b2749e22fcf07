namespace avemo {
int modelsPlaceholder() { return 0; }
} // namespace avemo
