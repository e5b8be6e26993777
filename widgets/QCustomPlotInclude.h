#pragma once

// Include qcustomplot.h through this header. QCustomPlot 2.1 uses Qt's `foreach` in two inline templates, and
// Lockstep builds with QT_NO_FOREACH, which removes the macro: a range-for stands in for it (both loops walk
// a member list of pointers without changing it), for this header only.
#ifndef foreach
#define foreach(variable, container) for (variable : std::as_const(container))
#define LOCKSTEP_QCUSTOMPLOT_FOREACH
#endif
#include <qcustomplot.h>
#ifdef LOCKSTEP_QCUSTOMPLOT_FOREACH
#undef foreach
#undef LOCKSTEP_QCUSTOMPLOT_FOREACH
#endif
