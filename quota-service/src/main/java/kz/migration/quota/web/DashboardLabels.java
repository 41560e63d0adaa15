package kz.migration.quota.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import kz.migration.common.identifier.KatoRegions;

/** The dashboard's words in Kazakh, Russian and English ({@code dashboard/labels_<lang>.properties}). */
public final class DashboardLabels {

    /** The languages, in the order the switch shows them. */
    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private static final Map<String, Map<String, String>> BY_LANGUAGE = load();

    private DashboardLabels() {
    }

    /** The labels of {@code lang}, English where a word is missing. */
    public static Map<String, String> of(String lang) {
        return BY_LANGUAGE.get(lang);
    }

    /**
     * The language asked for: {@code lang} when it is one of ours, else the first of ours in Accept-Language, else
     * Kazakh, the state language.
     */
    public static String negotiate(String lang, String acceptLanguage) {
        if (lang != null && LANGUAGES.contains(lang)) {
            return lang;
        }
        if (acceptLanguage != null) {
            for (String range : acceptLanguage.split(",")) {
                String tag = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (LANGUAGES.contains(primary)) {
                    return primary;
                }
            }
        }
        return "kk";
    }

    /** A region's name in {@code lang} (English from the reference data). */
    public static String region(String lang, String code) {
        String name = of(lang).get("region_" + code);
        return name != null ? name : KatoRegions.all().getOrDefault(code, code);
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, String> english = read("en");
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            Map<String, String> labels = new LinkedHashMap<>(english);
            labels.putAll(read(lang));
            all.put(lang, Map.copyOf(labels));
        }
        return Map.copyOf(all);
    }

    private static Map<String, String> read(String lang) {
        Properties properties = new Properties();
        try (InputStream in = DashboardLabels.class.getResourceAsStream("/dashboard/labels_" + lang + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        properties.forEach((k, v) -> labels.put((String) k, (String) v));
        return labels;
    }
}
