package com.ophos.registrar.api.console;

import java.util.ArrayList;
import java.util.List;

/**
 * The health panel's bar chart as SVG geometry, computed here so the template only places shapes:
 * one horizontal bar per registry and result code, scaled to the largest count.
 */
public record CommandChart(int width, int height, List<Bar> bars) {
    static final int LABEL_WIDTH = 170;
    static final int BAR_AREA = 300;
    static final int ROW = 22;

    /** {@code failure}: a 2xxx code (or none read), drawn in the warning colour. */
    public record Bar(String label, long commands, int y, int length, boolean failure) {
        public int textY() { return y + 15; }
        public int countX() { return LABEL_WIDTH + length + 6; }
    }

    static CommandChart of(List<CommandCounts.Count> counts) {
        long max = counts.stream().mapToLong(CommandCounts.Count::commands).max().orElse(1);
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (CommandCounts.Count count : counts) {
            int length = (int) Math.max(2, Math.round((double) BAR_AREA * count.commands() / max));
            bars.add(new Bar(count.registry() + " " + count.code(), count.commands(), y, length,
                    !count.code().startsWith("1")));
            y += ROW;
        }
        return new CommandChart(LABEL_WIDTH + BAR_AREA + 60, Math.max(y + 4, 30), bars);
    }

    public int labelWidth() { return LABEL_WIDTH; }
}
