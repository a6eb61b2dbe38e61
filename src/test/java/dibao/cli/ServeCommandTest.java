package dibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void helpNamesTheOptionsAndTheLoopbackDefault() {
        var out = new java.io.StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("serve", "--help"));
        String help = out.toString();
        assertTrue(help.contains("--data") && help.contains("--port") && help.contains("--host"), help);
        assertTrue(help.contains("127.0.0.1"), help);
    }

    @Test
    void aFolderWithoutAnArchiveIsReportedNotServed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute("serve", "--data", tmp.resolve("nothing").toString(), "--port", "0");
            assertEquals(2, code);
        } finally {
            System.setErr(old);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("dibao serve: ") && message.contains("nothing"), message);
    }
}
