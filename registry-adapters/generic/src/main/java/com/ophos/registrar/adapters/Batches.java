package com.ophos.registrar.adapters;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into consecutive batches of at most {@code size} elements, order kept. */
public final class Batches {

    private Batches() {
    }

    public static <T> List<List<T>> of(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + size);
        }
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            batches.add(List.copyOf(items.subList(start, Math.min(items.size(), start + size))));
        }
        return batches;
    }
}
