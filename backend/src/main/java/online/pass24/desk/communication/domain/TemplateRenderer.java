package online.pass24.desk.communication.domain;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders message templates with Mustache. A placeholder without a value is flagged and shown
 * as {@code [нет данных: name]}, never rendered as a silent blank.
 */
public final class TemplateRenderer {

    public static final List<String> PLACEHOLDERS = List.of("clientName", "specialistName", "ticketKey",
            "specialistContact", "cause", "solution", "resolutionTime", "newDueTime");

    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false);

    private TemplateRenderer() {
    }

    public record Rendered(String text, List<String> missing) {
    }

    /** Compiles the template, or throws IllegalArgumentException naming what is wrong with it. */
    public static Template compile(String template) {
        try {
            Template compiled = COMPILER.compile(template);
            for (String name : names(compiled, true)) {
                if (!PLACEHOLDERS.contains(name)) {
                    throw new IllegalArgumentException("unknown placeholder {{" + name + "}}; known: " + PLACEHOLDERS);
                }
            }
            return compiled;
        } catch (com.samskivert.mustache.MustacheException e) {
            throw new IllegalArgumentException("not a valid template: " + e.getMessage(), e);
        }
    }

    public static Rendered render(String template, Map<String, String> values) {
        Template compiled = compile(template);
        Map<String, String> context = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : PLACEHOLDERS) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                context.put(name, value);
            }
        }
        // a section ({{#cause}}…{{/cause}}) is optional text; a bare placeholder must have a value
        for (String name : names(compiled, false)) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
                context.put(name, "[нет данных: " + name + "]");
            } else {
                context.put(name, value);
            }
        }
        return new Rendered(compiled.execute(context), List.copyOf(missing));
    }

    private static Set<String> names(Template template, boolean withSections) {
        Set<String> names = new LinkedHashSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                names.add(name);
            }

            @Override
            public boolean visitInclude(String name) {
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                if (withSections) {
                    names.add(name);
                }
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                if (withSections) {
                    names.add(name);
                }
                return true;
            }
        });
        return names;
    }
}
