package kz.migration.localstack;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression selects, as Prometheus stores them (e.g.
 * {@code http_server_requests_seconds_bucket}). Enough of PromQL for the registry's rules and dashboards: strings,
 * label matchers, ranges, grouping clauses and Grafana variables are removed first; what remains is a metric name
 * unless it is a keyword or is called like a function.
 */
final class PromQl {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^{}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^\\[\\]]*]");
    private static final Pattern GROUPING = Pattern
            .compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^()]*\\)");
    private static final Pattern GRAFANA_VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
    /** Grafana's label_values(metric{...}, label): the second argument is a label, not a metric. */
    private static final Pattern LABEL_VALUES = Pattern
            .compile("\\blabel_values\\s*\\(\\s*([A-Za-z_:][\\w:]*)\\s*(\\{[^{}]*})?\\s*,\\s*\\w+\\s*\\)");
    private static final Pattern TOKEN = Pattern.compile("\\d[\\w.]*|[A-Za-z_:][\\w:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan", "atan2", "start", "end");

    private PromQl() {
    }

    static Set<String> metricNames(String expression) {
        String rest = LABEL_VALUES.matcher(expression).replaceAll("$1$2");
        rest = STRING.matcher(rest).replaceAll("\"\"");
        rest = GRAFANA_VARIABLE.matcher(rest).replaceAll("1");
        rest = LABEL_MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGE.matcher(rest).replaceAll(" ");
        rest = GROUPING.matcher(rest).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher token = TOKEN.matcher(rest);
        while (token.find()) {
            String word = token.group();
            if (Character.isDigit(word.charAt(0)) || KEYWORDS.contains(word.toLowerCase())) {
                continue;
            }
            if (rest.substring(token.end()).stripLeading().startsWith("(")) {
                continue; // a function or an aggregation: sum (...), rate(...), histogram_quantile(...)
            }
            names.add(word);
        }
        return names;
    }
}
