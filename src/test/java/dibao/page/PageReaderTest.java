package dibao.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {

    private static final String TEXT = "\n\n云溪县春茶开采\n\n云溪日报讯（记者 林晓峰）近日，全县茶园面积达到3.2万亩。\n";

    @TempDir
    Path dir;

    @Test
    void emptyFileIsRefusedWithItsReason() throws Exception {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        PageReadException e = assertThrows(PageReadException.class, () -> PageReader.read(f, null));
        assertEquals(f, e.file());
        assertTrue(e.reason().contains("empty"), e.reason());
        assertTrue(e.getMessage().contains("empty.txt"));
    }

    @Test
    void whiteSpaceOnlyPageIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("blank.txt"), "\uFEFF \n\u3000\n\t\n", StandardCharsets.UTF_8);
        PageReadException e = assertThrows(PageReadException.class, () -> PageReader.read(f, null));
        assertTrue(e.reason().contains("empty page"), e.reason());
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2, 3, (byte) 0xFF, (byte) 0xD8, 0, 0};
        Path f = Files.write(dir.resolve("page.pdf"), pdf);
        PageReadException e = assertThrows(PageReadException.class, () -> PageReader.read(f, null));
        assertTrue(e.reason().contains("binary"), e.reason());
    }

    @Test
    void missingFileAndFolderAreRefused() {
        PageReadException missing = assertThrows(PageReadException.class,
                () -> PageReader.read(dir.resolve("nope.txt"), null));
        assertTrue(missing.reason().contains("no such file"));
        PageReadException folder = assertThrows(PageReadException.class, () -> PageReader.read(dir, null));
        assertTrue(folder.reason().contains("folder"));
    }

    @Test
    void gb18030PageIsDecodedWithCharOffsets() throws Exception {
        Path f = Files.write(dir.resolve("gbk.txt"), TEXT.getBytes(Charset.forName("GB18030")));
        Page p = PageReader.read(f, null);
        assertEquals("GB18030", p.charset());
        assertEquals(TEXT, p.text());
        // offsets count chars, not the two bytes GB18030 spends on each Han char
        assertEquals(TEXT.indexOf("云溪日报讯"), p.text().indexOf("云溪日报讯"));
        assertEquals(11, p.text().indexOf("云溪日报讯"));
    }

    @Test
    void utf8BomIsKeptSoOffsetsMatchTheFileOnDisk() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path f = Files.write(dir.resolve("bom.txt"), withBom);
        Page p = PageReader.read(f, null);
        assertEquals("UTF-8", p.charset());
        assertEquals('\uFEFF', p.text().charAt(0));
        assertEquals(TEXT.length() + 1, p.text().length());
        assertEquals(12, p.text().indexOf("云溪日报讯"));
    }

    @Test
    void issueDateFromCallerThenFromPath() throws Exception {
        Path day = Files.createDirectories(dir.resolve("2023-03-17"));
        Path f = Files.writeString(day.resolve("01.txt"), TEXT, StandardCharsets.UTF_8);
        assertEquals(LocalDate.of(2023, 3, 17), PageReader.read(f, null).issueDate());
        assertEquals(LocalDate.of(2024, 1, 2), PageReader.read(f, LocalDate.of(2024, 1, 2)).issueDate());
        assertEquals("01.txt", PageReader.read(f, null).source());
    }
}
