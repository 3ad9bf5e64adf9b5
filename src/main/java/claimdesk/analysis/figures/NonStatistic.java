package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;

/** A number classified as not a statistic: its kind and the span it covers (a date covers the whole date). */
record NonStatistic(FigureKind kind, int start, int end) {
}
