package dibao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dibao} command line. */
@Command(name = "dibao", mixinStandardHelpOptions = true, version = "dibao 0.1.0",
        description = "Turns pages of Chinese local newspapers into a searchable, structured archive.",
        subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class, FactsCommand.class,
                ExportCommand.class, ImportCommand.class, ServeCommand.class, BenchCommand.class, BenchArchiveCommand.class,
                PeerCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests run commands through it). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
