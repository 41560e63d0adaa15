package kz.migration.quota.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import kz.migration.common.web.CachedDocument;
import kz.migration.quota.config.QuotaConfig;
import kz.migration.quota.service.QuotaDashboardService;

/**
 * The public dashboard's page (per language) and data, rendered once and served from memory until the figures are
 * {@code registry.quota.dashboard.refresh} old; then the next request reads them again while the others are still
 * served the previous copy. Each copy carries a strong ETag (a hash of its bytes), so an unchanged page answers 304.
 */
@ApplicationScoped
public class DashboardCache {

    /** The public page's path, for its language links. */
    public static final String PUBLIC_PATH = "/api/v1/public/quota-dashboard";
    public static final String MINISTRY_PATH = "/api/v1/quota-dashboard";

    /** The page's stylesheet, inline; the Content-Security-Policy allows exactly it (by hash) and nothing else. */
    static final String CSS = read("/dashboard/dashboard.css");
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-"
            + Base64.getEncoder().encodeToString(sha256(CSS.getBytes(StandardCharsets.UTF_8)))
            + "'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final Logger LOG = Logger.getLogger(DashboardCache.class);

    private record Snapshot(QuotaDashboardService.Dashboard dashboard, long loadedAt, CachedDocument data,
            Map<String, CachedDocument> pages) {
    }

    private static final class Entry {
        volatile Snapshot snapshot;
        final AtomicBoolean refreshing = new AtomicBoolean();
    }

    private final Map<Integer, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    QuotaDashboardService dashboards;

    @Inject
    QuotaConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    @Location("dashboard.html")
    Template template;

    /** The dashboard's data as JSON. */
    public CachedDocument data(int year) {
        return snapshot(year).data();
    }

    /** The public page in {@code lang}. */
    public CachedDocument page(int year, String lang) {
        Snapshot snapshot = snapshot(year);
        return snapshot.pages().computeIfAbsent(lang,
                l -> represent(render(snapshot.dashboard(), l, PUBLIC_PATH, false)));
    }

    /** The ministry's page: read afresh, never shared. */
    public String ministryPage(int year, String lang) {
        return render(dashboards.dashboard(year), lang, MINISTRY_PATH, true);
    }

    private Snapshot snapshot(int year) {
        Entry entry = entries.get(year);
        if (entry == null) {
            if (entries.size() >= config.dashboard().yearsKept()) {
                entries.keySet().stream().findFirst().ifPresent(entries::remove);
            }
            entry = entries.computeIfAbsent(year, y -> new Entry());
        }
        Snapshot snapshot = entry.snapshot;
        if (snapshot == null) {
            synchronized (entry) {
                if (entry.snapshot == null) {
                    try {
                        entry.snapshot = load(year);
                    } catch (RuntimeException e) {
                        entries.remove(year, entry);
                        throw e;
                    }
                }
                return entry.snapshot;
            }
        }
        boolean stale = System.nanoTime() - snapshot.loadedAt() > config.dashboard().refresh().toNanos();
        if (stale && entry.refreshing.compareAndSet(false, true)) {
            try {
                entry.snapshot = load(year);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Dashboard of %d could not be refreshed; the previous figures are served", year);
            } finally {
                entry.refreshing.set(false);
            }
        }
        return entry.snapshot;
    }

    private Snapshot load(int year) {
        QuotaDashboardService.Dashboard dashboard = dashboards.dashboard(year);
        try {
            return new Snapshot(dashboard, System.nanoTime(), represent(json.writeValueAsBytes(dashboard.view())),
                    new ConcurrentHashMap<>());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String render(QuotaDashboardService.Dashboard dashboard, String lang, String path, boolean ministry) {
        TemplateInstance page = template.instance().data("css", new RawString(CSS));
        DashboardPage.model(dashboard, lang, path, ministry).forEach(page::data);
        return page.render();
    }

    private static CachedDocument represent(String page) {
        return represent(page.getBytes(StandardCharsets.UTF_8));
    }

    private static CachedDocument represent(byte[] body) {
        return CachedDocument.of(body);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = DashboardCache.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
