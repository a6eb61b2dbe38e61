package dibao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in headless Chromium (Debian's chromium and chromedriver; skipped when they are not
 * installed). Each test leaves a screenshot under target/screenshots/.
 */
class WebBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebServer server;
    private static ChromeDriver driver;
    private static Path profile;

    private static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Each test is reported as skipped, with the reason, where Chromium is not installed. */
    @BeforeEach
    void needsChromium() {
        assumeTrue(browserInstalled(),
                "browser test skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, "
                        + "/usr/bin/chromedriver), e.g. apt-get install -y chromium chromium-driver fonts-noto-cjk");
    }

    @BeforeAll
    static void start() throws IOException {
        if (!browserInstalled()) {
            return;
        }
        server = WebServer.start(WebFixtures.archive(), "127.0.0.1", 0);
        profile = Files.createTempDirectory("dibao-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // An explicit driver binary: Selenium Manager never runs, so nothing is downloaded.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void open(String pathAndQuery) {
        driver.get("http://127.0.0.1:" + server.port() + pathAndQuery);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** No console error (a CSP violation or a script failure would show there). */
    private static void assertCleanConsole() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    @Test
    void searchShowsHitsWithHighlightedSnippets() throws IOException {
        open("/search?q=" + enc("进出口总额"));
        assertEquals("共 3 篇文章", driver.findElement(By.id("summary")).getText());
        List<WebElement> hits = driver.findElements(By.cssSelector("ol.hits li.hit"));
        assertEquals(3, hits.size());
        assertEquals("进出口总额", hits.get(1).findElement(By.cssSelector(".snippet mark")).getText());
        assertEquals("进出口总额", driver.findElement(By.id("q")).getDomProperty("value"));
        screenshot("search");
        assertCleanConsole();
    }

    @Test
    void clickingAFacetNarrowsTheResults() throws IOException {
        open("/search?q=" + enc("进出口总额"));
        driver.findElement(By.cssSelector("a.facet-value[data-facet='paper'][data-value='湘川晚报']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("paper="));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertEquals("共 1 篇文章", driver.findElement(By.id("summary")).getText());
        List<WebElement> hits = driver.findElements(By.cssSelector("ol.hits li.hit .headline"));
        assertEquals(List.of("江岭一季度进出口增势强劲"), hits.stream().map(WebElement::getText).toList());
        assertTrue(driver.findElement(By.cssSelector(".chip[data-filter='paper']")).getText().contains("湘川晚报"));
        screenshot("search-facet");
        assertCleanConsole();
    }

    @Test
    void articleLinksEachFigureToItsHighlightedSpanOnThePage() throws IOException {
        open("/articles/jl-20230315-01.a1");
        assertEquals("江岭外贸实现开门红", driver.findElement(By.id("headline")).getText());
        WebElement figure = driver.findElement(By.xpath("//div[@id='clean']//a[@class='fig' and text()='86.5亿元']"));
        figure.click();
        WebElement span = driver.findElement(By.cssSelector("#page-text .src.flash"));
        assertEquals("86.5亿元", span.getText());
        assertTrue(driver.getCurrentUrl().endsWith("#" + span.getDomAttribute("id")));
        String background = span.getCssValue("background-color");
        assertEquals("rgba(255, 210, 77, 1)", background, "the target span is highlighted");
        Boolean visible = (Boolean) js("const r = arguments[0].getBoundingClientRect();"
                + "const box = document.getElementById('page-text').getBoundingClientRect();"
                + "return r.top >= box.top && r.bottom <= box.bottom;", span);
        assertTrue(visible, "the page text scrolled to the span");
        assertTrue(driver.findElement(By.cssSelector("#page-text .in-article")).getText().contains("江岭外贸实现开门红"));
        assertEquals("周明远", driver.findElement(By.cssSelector("#clean a.ent.person")).getText());
        screenshot("article");
        assertCleanConsole();
    }

    @Test
    void indicatorPageDrawsItsChart() throws IOException {
        open("/indicators?subject=" + enc("江岭市") + "&indicator=" + enc("进出口总额"));
        assertEquals("江岭市 · 进出口总额", driver.findElement(By.id("title")).getText());
        for (String chart : List.of("chart", "papers-chart")) {
            Long painted = (Long) js("const c = document.querySelector('#' + arguments[0] + ' canvas');"
                    + "if (!c) return -1;"
                    + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;", chart);
            assertTrue(painted > 1000, chart + ": the ECharts canvas has drawn (" + painted + " pixels)");
        }
        js("const chart = echarts.getInstanceByDom(document.getElementById('chart'));"
                + "chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("chart")).getText().contains("亿元"));
        assertTrue(driver.findElement(By.id("chart")).getText().contains("进出口总额：86.5亿元"),
                "the tooltip is built as text: " + driver.findElement(By.id("chart")).getText());
        List<WebElement> rows = driver.findElements(By.cssSelector("#facts tbody tr"));
        assertEquals(6, rows.size());
        WebElement failed = driver.findElement(By.cssSelector("#facts .check.fail"));
        assertEquals("✗ parts_sum", failed.getText());
        String source = driver.findElement(By.cssSelector("#facts a.source")).getDomAttribute("href");
        assertTrue(source.startsWith("/articles/jl-20230315-01.a1#s-"), source);
        screenshot("indicator");
        assertCleanConsole();
        driver.findElement(By.cssSelector("#facts a.source")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#page-text .src.flash")).isEmpty());
        assertEquals("86.5亿元", driver.findElement(By.cssSelector("#page-text .src.flash")).getText(),
                "a source link opens the article with the figure's span highlighted");
    }

    @Test
    void regionPageChartsItsFiguresAcrossPapers() throws IOException {
        open("/indicators?subject=" + enc("江岭市"));
        assertEquals("江岭市：各报刊载的数字（条）", driver.findElement(By.id("region-title")).getText());
        Long painted = (Long) js("const c = document.querySelector('#region-chart canvas');"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;");
        assertTrue(painted > 1000, "the region chart has drawn (" + painted + " pixels)");
        assertEquals("进出口总额", driver.findElement(By.cssSelector("#indicators tbody tr td:nth-child(2)")).getText());
        screenshot("region");
        assertCleanConsole();
    }

    @Test
    void entityPageListsTitlesOverTime() throws IOException {
        open("/entities/person/" + enc("周明远"));
        assertEquals("周明远", driver.findElement(By.id("name")).getText());
        List<String> titles = driver.findElements(By.cssSelector("#titles tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("市商务局局长", "副市长"), titles);
        assertEquals("江岭日报 2023-03-15", driver.findElement(By.cssSelector("#titles tbody tr td:nth-child(3) a")).getText());
        assertEquals(2, driver.findElements(By.cssSelector("#articles tbody tr")).size());
        screenshot("entity");
        open("/entities");
        screenshot("entities");
        assertCleanConsole();
    }

    @Test
    void markupInPageTextIsShownAsTextAndNeverRuns() throws IOException {
        open("/articles/jl-20230510-03.a1");
        assertEquals(WebFixtures.HOSTILE_HEADLINE, driver.findElement(By.id("headline")).getText());
        assertTrue(driver.findElement(By.id("page-text")).getText().contains("<img src=x onerror=\"window.__pwned=2\">"));
        assertTrue(driver.findElement(By.id("clean")).getText().contains("<script>"));
        assertTrue(driver.findElements(By.cssSelector("#article script, #article img")).isEmpty(),
                "no element was made from page text");
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned;"));
        assertNoAlert();
        assertFalse(driver.findElements(By.cssSelector("#page-text .dup")).isEmpty(), "the reprinted copy is marked");
        screenshot("article-markup");
        open("/search?q=" + enc("网友留言"));
        assertTrue(driver.findElement(By.cssSelector("ol.hits .headline")).getText().contains("<script>"));
        open("/entities?type=org");
        assertTrue(driver.findElement(By.id("list")).getText().contains(WebFixtures.HOSTILE_NAME));
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned;"));
        assertNoAlert();
    }

    private static void assertNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert was opened by page text");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
