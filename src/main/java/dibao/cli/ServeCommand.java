package dibao.cli;

import dibao.archive.Archive;
import dibao.web.ArchiveAdapter;
import dibao.web.WebServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dibao serve}: the archive in a browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the archive as a web site: search with facets, articles beside their page text,",
                "people and organisations, indicator charts; and a JSON API under /api/.",
                "Listens on the loopback address unless --host says otherwise. Stop it with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ArchiveDirOption archiveDir;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port = 8080;

    @Option(names = "--host", paramLabel = "H",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 opens it to the network.")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws InterruptedException {
        // Jetty's start-up chatter is not for users; -Dorg.slf4j.simpleLogger.defaultLogLevel=info brings it back.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (port < 0 || port > 65535) {
            err.println("dibao serve: --port " + port + " is not a TCP port (0-65535)");
            return 2;
        }
        Archive archive;
        try {
            archive = Archive.open(archiveDir.dir());
        } catch (IOException e) {
            err.println("dibao serve: " + e.getMessage());
            return 2;
        }
        WebServer server;
        try {
            server = WebServer.start(new ArchiveAdapter(archive), host, port);
        } catch (RuntimeException e) {
            err.println("dibao serve: cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "); is another server using it? Try another --port.");
            closeQuietly(archive);
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            closeQuietly(archive);
            stopped.countDown();
        }, "dibao-serve-shutdown"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("dibao serve: archive " + archiveDir.dir().toAbsolutePath() + " at http://" + shown + ":" + server.port()
                + "/  (Ctrl-C stops)");
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static void closeQuietly(Archive archive) {
        try {
            archive.close();
        } catch (IOException e) {
            // shutting down anyway
        }
    }
}
