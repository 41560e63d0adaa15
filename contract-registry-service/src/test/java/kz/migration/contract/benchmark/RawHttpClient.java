package kz.migration.contract.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal in-JVM HTTP load generator: one blocking HTTP/1.1 keep-alive connection, a request written in one buffer
 * and the response read with Content-Length or chunked framing. The benchmark's load comes from wrk; each run still
 * measures this client's CPU per request against wrk's on the same registrations, and it stays only while wrk costs
 * more (benchmarks/README.md). {@code java.net.http.HttpClient} spent about 1-1.6 ms of CPU per registration here
 * (its selector thread and completion stages), more than the service's own event loops.
 */
final class RawHttpClient implements AutoCloseable {

    /** Status code and body of one response. */
    record Response(int status, String body) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttpClient(URI baseUri) {
        this.host = baseUri.getHost();
        this.port = baseUri.getPort();
    }

    /** POSTs a JSON body; {@code headers} are complete lines ("Name: value"), without line ends. */
    Response postJson(String path, String body, String... headers) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(512).append("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\nContent-Type: application/json\r\nContent-Length: ")
                .append(content.length).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[start.length + content.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(content, 0, request, start.length, content.length);
        connect();
        out.write(request);
        out.flush();
        return readResponse();
    }

    private void connect() throws IOException {
        if (socket == null || socket.isClosed()) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {
                    // not needed for framing
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
        if (chunked) {
            for (int size = Integer.parseInt(readLine().split(";")[0].trim(), 16); size > 0; size = Integer
                    .parseInt(readLine().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                readLine();
            }
            while (!readLine().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length < length) {
                throw new EOFException("Connection closed inside a response body");
            }
            body.write(bytes);
        } else {
            body.write(in.readAllBytes());
            close = true;
        }
        if (close) {
            close();
        }
        return new Response(status, body.toString(StandardCharsets.UTF_8));
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("Connection closed inside a response head");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
