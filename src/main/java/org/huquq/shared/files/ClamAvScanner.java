package org.huquq.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Asks a running ClamAV daemon whether a file holds malware, over clamd's {@code INSTREAM} command on TCP
 * ({@code huquq.clamav=host:port}, from {@code HUQUQ_CLAMAV}; absent, no file is scanned). The protocol is three
 * steps (command, length-prefixed chunks, one answer line), so it is spoken here rather than through a client
 * library and its Kotlin runtime.
 */
@Component
@ConditionalOnProperty("huquq.clamav")
class ClamAvScanner {

    private static final byte[] COMMAND = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;
    private static final String FOUND = " FOUND";

    private final InetSocketAddress address;
    private final int timeoutMillis;

    ClamAvScanner(@Value("${huquq.clamav}") String address,
            @Value("${huquq.clamav-timeout:PT60S}") Duration timeout) {
        int colon = address.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("HUQUQ_CLAMAV must be host:port of clamd's TCPSocket, not " + address);
        }
        this.address = InetSocketAddress.createUnresolved(address.substring(0, colon).strip(),
                Integer.parseInt(address.substring(colon + 1).strip()));
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /**
     * The name of the malware found in the file, or empty when clamd finds none.
     *
     * @throws ScanUnavailableException when clamd cannot be reached or does not give a clear answer
     */
    Optional<String> scan(Path file) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHostString(), address.getPort()), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(COMMAND);
            byte[] chunk = new byte[CHUNK];
            try (InputStream in = Files.newInputStream(file)) {
                int read;
                while ((read = in.read(chunk)) > 0) {
                    out.write(length(read));
                    out.write(chunk, 0, read);
                }
            }
            out.write(length(0));
            out.flush();
            return verdict(answer(socket.getInputStream()));
        } catch (IOException e) {
            throw new ScanUnavailableException("clamd at " + address + ": " + e.getMessage(), e);
        }
    }

    /** {@code stream: OK}, {@code stream: <name> FOUND}, or an error such as a size limit. */
    private static Optional<String> verdict(String answer) {
        String result = answer.startsWith("stream: ") ? answer.substring("stream: ".length()) : answer;
        if (result.equals("OK")) {
            return Optional.empty();
        }
        if (result.endsWith(FOUND)) {
            return Optional.of(result.substring(0, result.length() - FOUND.length()));
        }
        throw new ScanUnavailableException("clamd answered: " + answer, null);
    }

    private static String answer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        int b;
        while ((b = in.read()) > 0 && answer.length() < 1000) {
            answer.append((char) b);
        }
        return answer.toString().strip();
    }

    private static byte[] length(int length) {
        return new byte[] { (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length };
    }

    /** clamd could not say whether a file is clean: the file is not kept. */
    static final class ScanUnavailableException extends RuntimeException {

        ScanUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
