package org.sanxiang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Outside CI a machine without
 * {@code /usr/bin/chromium} skips them with a message; in CI ({@code CI=true}) they must
 * run.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	public static WebDriver start() {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!ci) {
			Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
					"浏览器测试已跳过：未安装 /usr/bin/chromium 与 /usr/bin/chromedriver（apt-get install chromium chromium-driver）");
		}
		try {
			Path profile = Files.createTempDirectory("sanxiang-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Signs in through the login form at {@code baseUrl + "/login"}. */
	public static void login(WebDriver driver, String baseUrl, String username, String password) {
		driver.get(baseUrl + "/login");
		driver.findElement(By.name("username")).sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
	}

	/**
	 * Clicks a link or submit button that leaves the page and waits until the next page
	 * has replaced it. A click returns once the event is dispatched, and a form with file
	 * inputs starts its navigation only after the browser has read the files: an element
	 * looked up right after such a click can still be the old page's (its {@code h1},
	 * say) and go stale under the caller.
	 */
	public static void clickThrough(WebDriver driver, WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Whether the element's page has been replaced. Chromedriver reports an element of a
	 * page that is being torn down either as stale or, for a moment, as a node that "does
	 * not belong to the document"; both mean the old page is gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * A small valid PDF named {@code fileName} in a fresh temporary directory, for a file
	 * input ({@code sendKeys(path.toString())}): an applicant's or clerk's scanned
	 * material.
	 */
	public static Path pdf(String fileName) {
		try {
			return Files.write(Files.createTempDirectory("upload-").resolve(fileName),
					("%PDF-1.4\n% " + fileName + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves a PNG under {@code target/screenshots/} for a person to look at. Screenshots
	 * are for people, not assertions: the page is given time to finish loading, a capture
	 * interrupted by a navigation is retried, and one that still fails is reported
	 * without failing the test.
	 */
	public static void screenshot(WebDriver driver, String name) {
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				new WebDriverWait(driver, Duration.ofSeconds(20)).until(
						d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
				byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
				Path dir = Files.createDirectories(Path.of("target", "screenshots"));
				Files.write(dir.resolve(name + ".png"), png);
				return;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (WebDriverException ex) {
				if (attempt == 3) {
					System.err.println("截图 " + name + " 未能保存：" + ex.getMessage().lines().findFirst().orElse(""));
				}
			}
		}
	}

}
