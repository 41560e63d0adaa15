package kz.migration.permit.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.config.SagaWaitConfig;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.repository.PermitApplicationRepository;

/**
 * Requests held until quota-service has answered an approval ({@code Prefer: wait=N}). The answer may reach any
 * instance, so the state comes from the database: one thread looks up every held application in one query per
 * check interval. A held request holds no connection and no worker thread, only its entry here.
 */
@ApplicationScoped
public class SagaWaits {

    private static final Logger LOG = Logger.getLogger(SagaWaits.class);

    /** A held request: the view it answers with if the saga has not answered by its deadline. */
    private record Waiter(UUID applicationId, PermitApplicationView asRead, long deadlineNanos,
            CompletableFuture<PermitApplicationView> answer) {
    }

    @Inject
    PermitApplicationRepository applications;

    @Inject
    PermitViews views;

    @Inject
    SagaWaitConfig config;

    private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService checker;

    /** The longest wait honoured for a requested one (RFC 7240 {@code wait}, in seconds). */
    public Duration honoured(Duration requested) {
        return requested.compareTo(config.max()) > 0 ? config.max() : requested;
    }

    /**
     * The application as it stands once it has left APPROVED (the saga answered, or it was withdrawn), or
     * {@code asRead} after {@code wait}. {@code asRead} was read by the caller, whose access is already checked.
     */
    public CompletionStage<PermitApplicationView> untilAnswered(PermitApplicationView asRead, Duration wait) {
        if (asRead.status() != PermitStatus.APPROVED || wait.isZero() || wait.isNegative()) {
            return CompletableFuture.completedFuture(asRead);
        }
        Waiter waiter = new Waiter(asRead.id(), asRead, System.nanoTime() + honoured(wait).toNanos(),
                new CompletableFuture<>());
        waiting.add(waiter);
        startChecker();
        return waiter.answer();
    }

    /** Requests held now (for tests and metrics). */
    public int held() {
        return waiting.size();
    }

    private void startChecker() {
        if (checker == null) {
            synchronized (this) {
                if (checker == null) {
                    ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
                        Thread thread = new Thread(runnable, "permit-saga-waits");
                        thread.setDaemon(true);
                        return thread;
                    });
                    long every = config.checkInterval().toNanos();
                    started.scheduleWithFixedDelay(this::check, every, every, TimeUnit.NANOSECONDS);
                    checker = started;
                }
            }
        }
    }

    /** Answers every held request whose application has moved on, and those whose wait is over. */
    void check() {
        if (waiting.isEmpty()) {
            return;
        }
        List<Waiter> held = List.copyOf(waiting);
        Map<UUID, PermitApplicationView> moved = Map.of();
        try {
            moved = movedOn(held.stream().map(Waiter::applicationId).collect(Collectors.toSet()));
        } catch (RuntimeException e) {
            // The next check tries again; a request past its deadline still gets the view it was read with.
            LOG.warnf(e, "Cannot look up %d applications held for the quota saga", held.size());
        }
        long now = System.nanoTime();
        for (Waiter waiter : held) {
            PermitApplicationView view = moved.get(waiter.applicationId());
            if (view == null && now - waiter.deadlineNanos() >= 0) {
                view = waiter.asRead();
            }
            if (view != null) {
                waiting.remove(waiter);
                waiter.answer().complete(view);
            }
        }
    }

    /**
     * The held applications that have left APPROVED, as they stand: viewed together, with one read of their
     * employers' compliance records for all of them.
     */
    private Map<UUID, PermitApplicationView> movedOn(Set<UUID> ids) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            return views.views(applications.notInStatus(ids, PermitStatus.APPROVED)).stream()
                    .collect(Collectors.toMap(PermitApplicationView::id, view -> view, (first, second) -> first));
        } finally {
            request.terminate();
        }
    }

    @PreDestroy
    void stop() {
        ScheduledExecutorService running = checker;
        if (running != null) {
            running.shutdownNow();
        }
        waiting.forEach(waiter -> waiter.answer().complete(waiter.asRead()));
    }
}
