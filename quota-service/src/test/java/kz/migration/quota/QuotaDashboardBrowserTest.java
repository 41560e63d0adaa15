package kz.migration.quota;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import kz.migration.testsupport.RegistryTestResource;

/**
 * The public dashboard in a real browser: headless Chromium driven through Selenium (Debian's {@code chromium} and
 * {@code chromium-driver}), against this test's service with seeded data. The page's numbers are the API's, every
 * chart draws a bar or point per figure, the language switch works without script, and Tab reaches every control.
 * Screenshots go to {@code target/}. Without Chromium the test says so and is skipped; under CI (the environment
 * variable CI is set, as {@code .ci/run} does) it fails instead.
 */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class QuotaDashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL base;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "no headless Chromium to drive: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are missing (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                fail(why + "; CI never skips the browser test");
            }
            System.out.println("QuotaDashboardBrowserTest skipped: " + why);
            Assumptions.abort(why);
        }
        DashboardFixtures.seed();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,2400", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        DashboardFixtures.resetClock();
    }

    @Test
    void thePageShowsTheApisFiguresDrawsEveryChartSwitchesLanguageAndWorksByKeyboard() throws IOException {
        open("en");
        JsonPath data = given().queryParam("year", DashboardFixtures.YEAR).get("/api/v1/public/quota-dashboard/data")
                .then().statusCode(200).extract().jsonPath();

        // The numbers: every table of quota figures equals the data API, row by row.
        List<Map<String, Object>> categories = data.getList("byCategory");
        List<List<String>> categoryRows = rows("table-categories");
        assertEquals(categories.size(), categoryRows.size());
        for (int i = 0; i < categories.size(); i++) {
            assertEquals(totals((Map<?, ?>) categories.get(i).get("totals")), categoryRows.get(i).subList(1, 5));
        }
        assertEquals(totals(data.getMap("national")), footer("table-categories").subList(1, 5));
        List<Map<String, Object>> regions = data.getList("byRegion");
        List<List<String>> regionRows = rows("table-regions");
        for (int i = 0; i < regions.size(); i++) {
            assertEquals(totals((Map<?, ?>) regions.get(i).get("totals")), regionRows.get(i).subList(1, 5));
        }
        List<Object> thisYear = data.getList("monthlyUse.find { it.year == " + DashboardFixtures.YEAR + " }.months");
        List<List<String>> monthRows = rows("table-months");
        for (int m = 0; m < 12; m++) {
            assertEquals(Objects.toString(thisYear.get(m), ""), monthRows.get(m).get(2), "month " + (m + 1));
        }
        List<String> citizenships = data.getList("topCitizenships.permits");
        List<List<String>> citizenshipRows = rows("table-citizenships");
        for (int i = 0; i < citizenships.size(); i++) {
            assertEquals(citizenships.get(i), citizenshipRows.get(i).get(1));
        }
        List<String> occupations = data.getList("occupationGroups.permits");
        assertEquals(occupations, rows("table-occupations").stream().map(r -> r.get(1)).toList());

        // The charts: a bar per region, per month so far, per published figure; a point per past month.
        assertEquals(regions.size(), count("#chart-regions g.bar"));
        assertEquals(thisYear.stream().filter(Objects::nonNull).count(), count("#chart-months g.bar"));
        long previousMonths = data.getList("monthlyUse.findAll { it.year != " + DashboardFixtures.YEAR
                + " }.months.flatten()").stream().filter(Objects::nonNull).count();
        assertEquals(previousMonths, count("#chart-months circle.point"));
        assertEquals(12, previousMonths, "all of the previous year");
        assertEquals(citizenships.stream().filter(f -> f.matches("\\d+")).count(), count("#chart-citizenships g.bar"));
        assertEquals(occupations.stream().filter(f -> f.matches("\\d+")).count(), count("#chart-occupations g.bar"));
        for (String chart : List.of("chart-regions", "chart-months", "chart-citizenships", "chart-occupations")) {
            WebElement svg = browser.findElement(By.id(chart));
            assertEquals("img", svg.getAttribute("role"));
            assertTrue(!browser.findElement(By.id(chart + "-desc")).getAttribute("textContent").isBlank(), chart);
        }
        screenshot("dashboard-en.png");

        // The language switch: links, no script.
        browser.findElement(By.cssSelector("nav.languages a[hreflang='ru']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> "ru".equals(b.findElement(By.tagName("html"))
                .getAttribute("lang")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Квота на иностранную рабочую силу"));
        assertEquals(totals(data.getMap("national")), footer("table-categories").subList(1, 5));
        screenshot("dashboard-ru.png");
        browser.findElement(By.cssSelector("nav.languages a[hreflang='kk']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> "kk".equals(b.findElement(By.tagName("html"))
                .getAttribute("lang")));

        // The keyboard: Tab from the top reaches every link and every disclosure, in order.
        open("en");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long controls = (Long) js.executeScript("""
                const all = [...document.querySelectorAll('a[href], summary, button, input, select, textarea')];
                all.forEach((e, i) => e.setAttribute('data-control', i));
                return all.length;""");
        // The skip link, three languages, the disclosure of every balance, the data and statistics links.
        assertEquals(7, controls, "controls on the page");
        Set<String> reached = new TreeSet<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < controls + 2; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            String index = (String) js.executeScript(
                    "return document.activeElement && document.activeElement.getAttribute('data-control');");
            if (index != null) {
                reached.add(index);
                order.add(index);
            }
        }
        assertEquals(controls, reached.size(), "Tab reached " + order + " of " + controls + " controls");
        assertEquals("0", order.get(0), "the first Tab lands on the skip link");
        assertTrue((Boolean) js.executeScript(
                "return document.querySelector('.skip').getAttribute('href') === '#figures';"));
    }

    /**
     * WCAG 2.1 AA, measured on the rendered page in each language: every piece of text against the background it is
     * drawn on (1.4.3: 4.5:1, 3:1 for large text), and the focus ring of every control against its surroundings
     * (1.4.11: 3:1). Colours are the browser's computed ones, so a stylesheet change is measured, not assumed.
     */
    @Test
    void everyTextAndFocusRingMeetsContrastAa() {
        for (String lang : List.of("en", "ru", "kk")) {
            open(lang);
            @SuppressWarnings("unchecked")
            Map<String, Object> text = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(CONTRAST
                    + """
                            const fails = []; let checked = 0;
                            for (const el of document.querySelectorAll('body *')) {
                              if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
                              const s = getComputedStyle(el), box = el.getBoundingClientRect();
                              if (s.display === 'none' || s.visibility === 'hidden' || box.width === 0
                                  || box.right < 0) continue;
                              const fg = el instanceof SVGElement ? s.fill : s.color;
                              const size = parseFloat(s.fontSize);
                              const large = size >= 24 || (Number(s.fontWeight) >= 700 && size >= 18.66);
                              const got = ratio(fg, background(el));
                              checked++;
                              if (got < (large ? 3 : 4.5)) fails.push(el.tagName + ' "'
                                  + el.textContent.trim().slice(0, 40) + '" ' + fg + ' on ' + background(el)
                                  + ': ' + got.toFixed(2));
                            }
                            return {checked: checked, fails: fails};""");
            assertTrue(((Number) text.get("checked")).intValue() > 50, lang + ": texts measured " + text);
            assertEquals(List.of(), text.get("fails"), lang + ": text below AA contrast");

            // Tab through the page as a keyboard user does; measure each focused control's ring against what lies
            // just outside it (the header, the page, or the skip link's own band).
            List<String> focusFailures = new ArrayList<>();
            Set<String> measured = new TreeSet<>();
            for (int i = 0; i < 9; i++) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                String failure = (String) ((JavascriptExecutor) browser).executeScript(
                        CONTRAST + """
                                const el = document.activeElement;
                                if (!el || el === document.body) return null;
                                const s = getComputedStyle(el), box = el.getBoundingClientRect();
                                const name = el.textContent.trim().slice(0, 40);
                                if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) return name + ': no focus ring';
                                const reach = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth) + 2;
                                const x = Math.min(box.right + reach, innerWidth - 1), y = box.top + box.height / 2;
                                const behind = document.elementsFromPoint(x, y).find(e => e !== el && !el.contains(e))
                                    || el.parentElement;
                                const got = ratio(s.outlineColor, background(behind));
                                return got < 3 ? name + ': ' + s.outlineColor + ' on ' + background(behind) + ': '
                                    + got.toFixed(2) : 'ok:' + name;""");
                if (failure != null && failure.startsWith("ok:")) {
                    measured.add(failure);
                } else if (failure != null) {
                    focusFailures.add(failure);
                }
            }
            assertEquals(List.of(), focusFailures, lang + ": focus ring below AA contrast");
            assertTrue(measured.size() >= 6, lang + ": focus rings measured " + measured);
        }
    }

    /** WCAG relative luminance and contrast ratio of computed colours, and the opaque background behind an element. */
    private static final String CONTRAST = """
            const channels = c => c.match(/[\\d.]+/g).map(Number);
            const luminance = c => {
              const [r, g, b] = channels(c).slice(0, 3).map(v => {
                v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const ratio = (a, b) => {
              const x = luminance(a), y = luminance(b);
              return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
            };
            const background = el => {
              for (let e = el; e; e = e.parentElement) {
                if (e instanceof SVGElement) continue;
                const c = getComputedStyle(e).backgroundColor, v = channels(c);
                if (v.length < 4 || v[3] > 0) return c;
              }
              return 'rgb(255, 255, 255)';
            };
            """;

    private void open(String lang) {
        browser.get(base.toString().replaceAll("/$", "") + "/api/v1/public/quota-dashboard?year="
                + DashboardFixtures.YEAR + "&lang=" + lang);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> lang.equals(b.findElement(By.tagName("html"))
                .getAttribute("lang")));
    }

    private List<List<String>> rows(String table) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#" + table + " tbody tr"))) {
            rows.add(row.findElements(By.cssSelector("th, td")).stream().map(c -> c.getAttribute("textContent")
                    .strip()).toList());
        }
        return rows;
    }

    private List<String> footer(String table) {
        return browser.findElements(By.cssSelector("#" + table + " tfoot th, #" + table + " tfoot td")).stream()
                .map(c -> c.getAttribute("textContent").strip()).toList();
    }

    private long count(String selector) {
        return browser.findElements(By.cssSelector(selector)).size();
    }

    private static List<String> totals(Map<?, ?> totals) {
        return List.of(String.valueOf(totals.get("allocated")), String.valueOf(totals.get("reserved")),
                String.valueOf(totals.get("used")), String.valueOf(totals.get("free")));
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
