#include "TimelineDbRangeEditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <algorithm>

namespace lockstep {

namespace {

void setUp(QSlider* slider, QSpinBox* box, int minimumDb, int maximumDb, const QString& suffix)
{
    slider->setRange(minimumDb, maximumDb);
    slider->setPageStep(10);
    slider->setMinimumWidth(160);
    box->setRange(minimumDb, maximumDb);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    QObject::connect(slider, &QSlider::valueChanged, box, &QSpinBox::setValue);
    QObject::connect(box, &QSpinBox::valueChanged, slider, &QSlider::setValue);
}

}  // namespace

TimelineDbRangeEditor::TimelineDbRangeEditor(int minimumDb, int maximumDb, QWidget* parent)
    : QWidget(parent),
      m_floorSlider(new QSlider(Qt::Horizontal, this)),
      m_floorBox(new QSpinBox(this)),
      m_ceilSlider(new QSlider(Qt::Horizontal, this)),
      m_ceilBox(new QSpinBox(this))
{
    const QString suffix = tr(" dB");
    setUp(m_floorSlider, m_floorBox, minimumDb, maximumDb, suffix);
    setUp(m_ceilSlider, m_ceilBox, minimumDb, maximumDb, suffix);
    m_floorSlider->setToolTip(tr("Quieter than this is drawn in the darkest colour"));
    m_ceilSlider->setToolTip(tr("Louder than this is drawn in the brightest colour"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(12, 6, 12, 6);
    grid->addWidget(new QLabel(tr("Floor"), this), 0, 0);
    grid->addWidget(m_floorSlider, 0, 1);
    grid->addWidget(m_floorBox, 0, 2);
    grid->addWidget(new QLabel(tr("Ceiling"), this), 1, 0);
    grid->addWidget(m_ceilSlider, 1, 1);
    grid->addWidget(m_ceilBox, 1, 2);
    connect(m_floorBox, &QSpinBox::valueChanged, this, &TimelineDbRangeEditor::onFloorChanged);
    connect(m_ceilBox, &QSpinBox::valueChanged, this, &TimelineDbRangeEditor::onCeilChanged);
    setRange(minimumDb, maximumDb);
}

int TimelineDbRangeEditor::floorDb() const
{
    return m_floorBox->value();
}

int TimelineDbRangeEditor::ceilDb() const
{
    return m_ceilBox->value();
}

void TimelineDbRangeEditor::setRange(int floorDb, int ceilDb)
{
    ceilDb = std::clamp(ceilDb, m_ceilBox->minimum() + 1, m_ceilBox->maximum());
    floorDb = std::clamp(floorDb, m_floorBox->minimum(), ceilDb - 1);
    display(floorDb, ceilDb);
}

void TimelineDbRangeEditor::display(int floorDb, int ceilDb)
{
    m_updating = true;
    for (auto* widget : {static_cast<QWidget*>(m_floorSlider), static_cast<QWidget*>(m_floorBox),
                         static_cast<QWidget*>(m_ceilSlider), static_cast<QWidget*>(m_ceilBox)}) {
        const QSignalBlocker block(widget);
        if (auto* slider = qobject_cast<QSlider*>(widget))
            slider->setValue(slider == m_floorSlider ? floorDb : ceilDb);
        else if (auto* box = qobject_cast<QSpinBox*>(widget))
            box->setValue(box == m_floorBox ? floorDb : ceilDb);
    }
    m_updating = false;
}

void TimelineDbRangeEditor::onFloorChanged(int value)
{
    if (m_updating)
        return;
    int ceil = ceilDb();
    if (value >= ceil) {
        // Pushing the floor up pushes the ceiling along; at the top the floor stops 1 dB under it.
        ceil = std::min(value + 1, m_ceilBox->maximum());
        value = ceil - 1;
    }
    display(value, ceil);
    emit rangeChanged(value, ceil);
}

void TimelineDbRangeEditor::onCeilChanged(int value)
{
    if (m_updating)
        return;
    int floor = floorDb();
    if (value <= floor) {
        floor = std::max(value - 1, m_floorBox->minimum());
        value = floor + 1;
    }
    display(floor, value);
    emit rangeChanged(floor, value);
}

}  // namespace lockstep
