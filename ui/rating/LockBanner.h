#pragma once

#include <QLabel>

namespace avemo {

// The lock notice of the rating panel: a soft tint of the highlight colour, so that it reads as
// the state of the panel rather than as an error.
class LockBanner : public QLabel
{
    Q_OBJECT

public:
    explicit LockBanner(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace avemo
