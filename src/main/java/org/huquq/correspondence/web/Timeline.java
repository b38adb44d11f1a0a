package org.huquq.correspondence.web;

import java.util.ArrayList;
import java.util.List;

import org.huquq.correspondence.Scorecard;

/**
 * The scorecard's timeline as SVG geometry: one column per month, letters sent as a bar above the axis and answers
 * in substance as a bar below it, so that months of silence show as gaps with nothing underneath.
 */
record Timeline(int width, int height, int axis, int barWidth, List<Bar> bars, List<Label> labels) {

    static final int HALF = 60;
    /** A year fills about as wide as five years do, so that a short period is not a sliver. */
    static final int WIDTH = 720;

    record Bar(int x, int y, int height, String kind, String title) {
    }

    record Label(int x, String text) {
    }

    static Timeline of(Scorecard scorecard) {
        int most = Math.max(1, scorecard.months().stream()
                .mapToInt(m -> Math.max(m.sent(), m.answers())).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int axis = HALF + 10;
        int column = Math.max(10, Math.min(48, WIDTH / Math.max(1, scorecard.months().size())));
        for (int i = 0; i < scorecard.months().size(); i++) {
            Scorecard.Month month = scorecard.months().get(i);
            int x = 40 + i * column;
            if (month.sent() > 0) {
                int h = Math.max(2, month.sent() * HALF / most);
                bars.add(new Bar(x, axis - h, h, "sent", month.month() + ": " + month.sent()));
            }
            if (month.answers() > 0) {
                int h = Math.max(2, month.answers() * HALF / most);
                bars.add(new Bar(x, axis, h, "answer", month.month() + ": " + month.answers()));
            }
            if (month.month().getMonthValue() == 1 || i == 0) {
                labels.add(new Label(x, String.valueOf(month.month().getYear())));
            }
        }
        return new Timeline(60 + scorecard.months().size() * column, 2 * HALF + 40, axis, column * 3 / 4, bars, labels);
    }
}
