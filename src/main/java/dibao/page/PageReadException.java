package dibao.page;

import java.nio.file.Path;

/** A file that cannot be read as a page: the message names the file, the reason and what to do. */
public class PageReadException extends Exception {

    private final Path file;
    private final String reason;

    public PageReadException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
