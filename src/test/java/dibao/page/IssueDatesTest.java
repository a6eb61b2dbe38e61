package dibao.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IssueDatesTest {

    @Test
    void dashedFolder() {
        assertEquals(LocalDate.of(2023, 3, 17), IssueDates.fromPath(Path.of("archive/2023-03-17/page01.txt")));
    }

    @Test
    void compactName() {
        assertEquals(LocalDate.of(2024, 11, 5), IssueDates.fromPath(Path.of("pages/jcrb_20241105_03.txt")));
    }

    @Test
    void slashedFolders() {
        assertEquals(LocalDate.of(2022, 1, 9), IssueDates.fromPath(Path.of("paper/2022/01/09/a.txt")));
    }

    @Test
    void noDateAndImpossibleDates() {
        assertNull(IssueDates.fromPath(Path.of("pages/000_bbd3abffafe0d113.txt")));
        assertNull(IssueDates.fromPath(Path.of("scan/20231399.txt")));
    }
}
