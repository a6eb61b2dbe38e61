package dibao.cli;

import dibao.archive.ArchiveFiles;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every archive command shares (picocli mixin). */
public final class ArchiveDirOption {

    @Option(names = "--data", paramLabel = "DIR", description = "Archive folder (default: ./dibao-data).")
    Path data = ArchiveFiles.DEFAULT_DIR;

    public Path dir() {
        return data;
    }
}
