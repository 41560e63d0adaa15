package kz.migration.acceptance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One stack for every scenario class of the run: the first class to start asks for it, the JUnit root store closes
 * it once all classes are done (the stack is the store's {@link AutoCloseable} value). Closing checks that nothing
 * it started is left running and that its ports are free again.
 */
final class SharedStack implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);
    private static volatile AcceptanceStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("stack", key -> new Handle(), Handle.class);
    }

    /** The running stack; only valid inside a class extended with this extension. */
    static AcceptanceStack stack() {
        if (stack == null) {
            throw new IllegalStateException("no stack: extend the test class with @ExtendWith(SharedStack.class)");
        }
        return stack;
    }

    /** Starts the stack on creation; stops and checks it when the root store closes. */
    static final class Handle implements AutoCloseable {

        Handle() {
            try {
                stack = AcceptanceStack.start();
            } catch (IOException e) {
                throw new IllegalStateException("could not start the stack: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws InterruptedException {
            AcceptanceStack started = stack;
            stack = null;
            List<ProcessHandle> processes = started.processes();
            started.close();
            List<String> leftovers = new ArrayList<>();
            for (ProcessHandle process : processes) {
                if (process.isAlive()) {
                    leftovers.add("pid " + process.pid() + " " + process.info().commandLine().orElse("?"));
                }
            }
            // PostgreSQL daemonises out of the launcher's process tree: its port tells whether it stopped.
            for (int port : started.ports()) {
                if (listening(port)) {
                    leftovers.add("port " + port + " still listening");
                }
            }
            if (!leftovers.isEmpty()) {
                throw new IllegalStateException("the stack left running: " + leftovers);
            }
            System.out.println("[acceptance] stack stopped; no process left, ports free");
        }

        private static boolean listening(int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
