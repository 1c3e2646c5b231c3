package dev.servicedesk.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The suite's real SMTP server (GreenMail), on a free port of this machine, whose delivered
 * messages tests read; a test may stop it for a while to see sending fail.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {
    private static ServerSetup setup;
    private static GreenMail server;
    private static boolean running;

    @Override
    public Map<String, String> start() {
        setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        startServer();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(setup.getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        down();
    }

    /** Every message delivered to {@code address} so far, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .toList();
    }

    /** The messages to {@code address} once there are {@code count} (waiting up to ten seconds); fails if there are not. */
    public static List<MimeMessage> await(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (to(address).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("expected " + count + " messages to " + address + ", got "
                        + to(address).size());
            }
            pause();
        }
        return to(address);
    }

    /** A moment's wait between two looks, so that polling leaves the machine to the service. */
    public static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server: sending fails until {@link #up}. */
    public static synchronized void down() {
        if (running) {
            server.stop();
            running = false;
        }
    }

    /** Starts the server again (on the same port) unless it runs. */
    public static synchronized void up() {
        if (!running) {
            startServer();
        }
    }

    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void startServer() {
        server = new GreenMail(setup);
        server.start();
        running = true;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
