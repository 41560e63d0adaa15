package kz.migration.common.testing;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes PostgreSQL unreachable for the test application as a network failure or a restarting server would: open
 * connections break (the driver reports SQLSTATE 08006) and new ones are refused (08001). The test application's
 * driver creates its sockets through {@link Sockets} (common's test application.properties); the server itself
 * keeps running for everything else.
 */
public final class DatabaseOutage implements AutoCloseable {

    /*
     * The driver loads the socket factory through the JVM's class loader and a test sees this class through Quarkus'
     * one, so static fields would be two copies: a test reaches the driver's copy through the JVM's class loader.
     * (Not the system properties: Narayana reads each of them as a string when the next test profile starts.)
     */
    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean DOWN = new AtomicBoolean();

    private DatabaseOutage() {
    }

    /** Breaks every open connection and refuses new ones until {@link #close()}. */
    public static DatabaseOutage begin() {
        inDriversCopy("cut");
        return new DatabaseOutage();
    }

    @Override
    public void close() {
        inDriversCopy("restore");
    }

    private static void inDriversCopy(String method) {
        try {
            Method inDrivers = ClassLoader.getSystemClassLoader().loadClass(DatabaseOutage.class.getName())
                    .getDeclaredMethod(method);
            inDrivers.setAccessible(true);
            inDrivers.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the driver's DatabaseOutage is unreachable", e);
        }
    }

    static void cut() {
        DOWN.set(true);
        for (Socket socket : OPEN) {
            try {
                socket.close();
            } catch (IOException e) {
                // already broken
            }
        }
    }

    static void restore() {
        DOWN.set(false);
    }

    /** The PostgreSQL driver's {@code socketFactory}: plain sockets that the outage can cut. */
    public static class Sockets extends javax.net.SocketFactory {

        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public void connect(SocketAddress endpoint, int timeout) throws IOException {
                    if (DOWN.get()) {
                        throw new ConnectException("Connection refused (DatabaseOutage)");
                    }
                    super.connect(endpoint, timeout);
                    OPEN.add(this);
                }

                @Override
                public synchronized void close() throws IOException {
                    OPEN.remove(this);
                    super.close();
                }
            };
        }

        @Override
        public Socket createSocket(String host, int port) {
            throw new UnsupportedOperationException("the driver connects an unconnected socket");
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
            throw new UnsupportedOperationException("the driver connects an unconnected socket");
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            throw new UnsupportedOperationException("the driver connects an unconnected socket");
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
            throw new UnsupportedOperationException("the driver connects an unconnected socket");
        }
    }
}
