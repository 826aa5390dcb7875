package org.sanxiang.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser tests against the running application
 * ({@link SanxiangIntegrationTest}): a fresh headless browser for every test, quit
 * afterwards, and addresses on the application's random port.
 */
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected WebDriver driver;

	@BeforeEach
	void openBrowser() {
		this.driver = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	protected String url(String path) {
		return baseUrl() + path;
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** Signs in through the login form. */
	protected void login(String username, String password) {
		Browser.login(this.driver, baseUrl(), username, password);
	}

}
