package org.retort.node.ml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.tribuo.Trainer;

/**
 * The settings a hyperparameter search may try: for each hyperparameter (a Tribuo {@code @Config} property of the
 * algorithm's trainer, see {@link Trainers#hyperparameters}) the values to try, written
 * {@code name=value,value;name=value,…} (spaces ignored). Its settings are the combinations, the first
 * hyperparameter changing slowest.
 *
 * @param values the values of each hyperparameter, in the order written
 */
record SearchSpace(Map<String, List<String>> values) {

    /**
     * Reads {@code text} and checks every value on a copy of {@code base}; throws {@link IllegalArgumentException}
     * naming the part that does not fit.
     */
    static SearchSpace parse(String text, Trainer<?> base) {
        String trainer = base.getClass().getSimpleName();
        Map<String, String> known = Trainers.hyperparameters(base);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give the search space as name=value,value;… — the hyperparameters of " + trainer
                    + " are " + known.keySet());
        }
        var values = new LinkedHashMap<String, List<String>>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("search space part '" + part.trim() + "' is not name=value,value,…");
            }
            String name = part.substring(0, eq).trim();
            if (!known.containsKey(name)) {
                throw new IllegalArgumentException("search space part '" + part.trim() + "': " + trainer + " has no hyperparameter '"
                        + name + "' (it has " + known.keySet() + "; seed and nThread are fixed by the node)");
            }
            if (values.containsKey(name)) {
                throw new IllegalArgumentException("search space part '" + part.trim() + "': '" + name + "' is given twice");
            }
            Set<String> list = new LinkedHashSet<>();
            for (String value : part.substring(eq + 1).split(",", -1)) {
                if (value.isBlank()) {
                    throw new IllegalArgumentException("search space part '" + part.trim() + "' has an empty value");
                }
                try {
                    Trainers.configured(base, Map.of(name, value.trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("search space part '" + part.trim() + "': value '" + value.trim()
                            + "' does not fit " + name + " (now " + known.get(name) + "): " + e.getMessage(), e);
                }
                list.add(value.trim());
            }
            values.put(name, List.copyOf(list));
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the search space names no hyperparameter; " + trainer + " has " + known.keySet());
        }
        return new SearchSpace(Collections.unmodifiableMap(values));
    }

    /** The number of combinations. */
    long size() {
        long size = 1;
        for (List<String> list : values.values()) {
            size = Math.multiplyExact(size, list.size());
        }
        return size;
    }

    /** The combination number {@code index} (0-based; the last hyperparameter changes fastest). */
    Map<String, String> at(long index) {
        var setting = new LinkedHashMap<String, String>();
        long rest = index;
        var names = new ArrayList<>(values.keySet());
        var chosen = new String[names.size()];
        for (int i = names.size() - 1; i >= 0; i--) {
            List<String> list = values.get(names.get(i));
            chosen[i] = list.get((int) (rest % list.size()));
            rest /= list.size();
        }
        for (int i = 0; i < names.size(); i++) {
            setting.put(names.get(i), chosen[i]);
        }
        return setting;
    }

    /** The settings to try: a grid (refused when larger than {@code trials}) or {@code trials} random draws. */
    List<Map<String, String>> settings(SearchStrategy strategy, int trials, long seed) {
        long size = size();
        var settings = new ArrayList<Map<String, String>>();
        if (strategy == SearchStrategy.GRID) {
            if (size > trials) {
                throw new IllegalArgumentException("the grid has " + size + " settings, more than the " + trials
                        + " trials allowed: raise the maximum number of trials or search at RANDOM");
            }
            for (long i = 0; i < size; i++) {
                settings.add(at(i));
            }
            return settings;
        }
        Random random = new Random(seed);
        var drawn = new LinkedHashSet<Long>();
        while (drawn.size() < Math.min(size, trials)) {
            drawn.add(Math.floorMod(random.nextLong(), size));
        }
        drawn.forEach(i -> settings.add(at(i)));
        return settings;
    }

    /** A setting as text: {@code name=value; name=value}. */
    static String describe(Map<String, String> setting) {
        var parts = new ArrayList<String>();
        setting.forEach((name, value) -> parts.add(name + "=" + value));
        return String.join("; ", parts);
    }
}
