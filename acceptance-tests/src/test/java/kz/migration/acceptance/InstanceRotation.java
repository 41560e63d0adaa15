package kz.migration.acceptance;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the calls meant for a service's instance 1 to each of its instances in turn, call by call, so every step of a
 * journey may land on either instance (the scale-out run). The facades are built on instance 1's base URL; the
 * generated client's request interceptor ({@link RegistryClients}) asks {@link #next} for the address of each call.
 * With one instance of every service there is no rotation and every call goes where it was addressed.
 */
final class InstanceRotation {

    private static volatile InstanceRotation current;

    private final Map<String, List<String>> instancesByFirst;
    private final Map<String, AtomicLong> turns = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

    /** {@code instancesByFirst}: each service's instance-1 base URL to the base URLs of all its instances. */
    InstanceRotation(Map<String, List<String>> instancesByFirst) {
        this.instancesByFirst = Map.copyOf(instancesByFirst);
    }

    /** The rotation the facades use from now on (null: none). */
    static void use(InstanceRotation rotation) {
        current = rotation;
    }

    /** Where a call addressed to {@code uri} goes: the next instance of its service, or {@code uri} itself. */
    static URI route(URI uri) {
        InstanceRotation rotation = current;
        return rotation == null ? uri : rotation.next(uri);
    }

    URI next(URI uri) {
        String base = uri.getScheme() + "://" + uri.getAuthority();
        List<String> instances = instancesByFirst.get(base);
        if (instances == null) {
            return uri;
        }
        long turn = turns.computeIfAbsent(base, b -> new AtomicLong()).getAndIncrement();
        String chosen = instances.get((int) (turn % instances.size()));
        calls.computeIfAbsent(chosen, c -> new AtomicLong()).incrementAndGet();
        return URI.create(chosen + uri.toString().substring(base.length()));
    }

    /** Calls sent so far, by instance base URL. */
    Map<String, Long> callsByInstance() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((instance, count) -> counts.put(instance, count.get()));
        return counts;
    }
}
