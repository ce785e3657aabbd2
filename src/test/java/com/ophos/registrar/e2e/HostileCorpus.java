package com.ophos.registrar.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile input corpus, read from {@code hostile/corpus.txt} (its header explains the format): one
 * request per line with the 4xx status it must get. Templates and repetition keep long bodies readable.
 */
final class HostileCorpus {
    private static final String RESOURCE = "hostile/corpus.txt";
    private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+) (.+?)}}");
    private static final Pattern SLOT = Pattern.compile("<<(\\w+)=(.*?)>>");

    enum Caller { FRONTEND, SUPPORT, SCHEDULER, NOBODY, WRONG_PASSWORD }

    record Case(String description, String method, String path, String body, Caller caller, boolean idempotencyKey,
                boolean chunked, String contentType, int expectedStatus, int line) {
        @Override
        public String toString() {
            return description;
        }
    }

    private record Template(String text, Set<String> slots) {
    }

    private HostileCorpus() {
    }

    static List<Case> load() {
        List<String> lines;
        try (InputStream in = HostileCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Template> templates = new HashMap<>();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@template ")) {
                String[] parts = line.substring("@template ".length()).split(" ", 2);
                Set<String> slots = new java.util.HashSet<>();
                SLOT.matcher(parts[1]).results().forEach(m -> slots.add(m.group(1)));
                templates.put(parts[0], new Template(parts[1], slots));
                continue;
            }
            cases.add(parse(line, i + 1, templates));
        }
        return cases;
    }

    private static Case parse(String line, int number, Map<String, Template> templates) {
        String[] fields = line.split(" \\| ", 6);
        if (fields.length < 5) {
            throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected STATUS | REQUEST | CALLER | TYPE | "
                    + "description | body");
        }
        String[] request = fields[1].trim().split(" ", 2);
        List<String> caller = Arrays.asList(fields[2].trim().split(" +"));
        String type = fields[3].trim();
        String body = fields.length == 6 ? fields[5].strip() : "";
        return new Case(fields[4].trim(), request[0], expand(request[1], templates, number),
                expand(body, templates, number),
                Caller.valueOf(caller.get(0).toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
                !caller.contains("no-key"), caller.contains("chunked"),
                type.equals("json") ? "application/json" : type.equals("-") ? null : type,
                Integer.parseInt(fields[0].trim()), number);
    }

    /** Repetitions first (they may sit inside a template's argument), then the line's one template. */
    private static String expand(String text, Map<String, Template> templates, int number) {
        Matcher repeat = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(out, Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(out);
        String expanded = out.toString();
        int open = expanded.indexOf("{{");
        if (open < 0) {
            return expanded;
        }
        int close = expanded.lastIndexOf("}}");
        String call = expanded.substring(open + 2, close);
        String name = call.split(" ", 2)[0];
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException(RESOURCE + ":" + number + ": no template " + name);
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        if (call.length() > name.length()) {
            for (String argument : call.substring(name.length() + 1).split(" ;; ")) {
                int eq = argument.indexOf('=');
                arguments.put(argument.substring(0, eq).trim(), argument.substring(eq + 1));
            }
        }
        return expanded.substring(0, open) + fill(template, arguments) + expanded.substring(close + 2);
    }

    private static String fill(Template template, Map<String, String> arguments) {
        Matcher slot = SLOT.matcher(template.text());
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(out, Matcher.quoteReplacement(arguments.getOrDefault(slot.group(1), slot.group(2))));
        }
        slot.appendTail(out);
        String filled = out.toString();
        StringBuilder extra = new StringBuilder();
        arguments.forEach((key, value) -> {
            if (!template.slots().contains(key)) {
                extra.append(",\"").append(key).append("\":").append(value);
            }
        });
        // Keys the template lacks are added at the top level, before the closing brace.
        return extra.isEmpty() ? filled : filled.substring(0, filled.length() - 1) + extra + "}";
    }
}
