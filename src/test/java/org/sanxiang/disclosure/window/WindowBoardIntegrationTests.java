package org.sanxiang.disclosure.window;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 岗位信息公示牌 on the demo 发展改革窗口: the public board, its A4 print and large-screen views, and
 * the 管理员's console with its checks of photos.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class WindowBoardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theBoardShowsTheStaffOnDutyWithCertificateStatusPhotoQrPhoneAndComplaintChannel() throws Exception {
		String page = page("/windows/FGW-01");
		assertThat(page).contains("县政务服务中心 发展改革窗口", "新田县政务服务中心二楼 12号窗口", "张建华", "刘思源", "首席窗口代表", "43112823003",
				"href=\"/verify/officer/43112823003\"", "有效", "0746-4700001", "href=\"/complaints/new\"", "本局监督电话",
				"0746-4700002", "src=\"data:image/png;base64,", "http://localhost/progress", "href=\"/items/XK-001\"",
				"href=\"/samples/", "src=\"/windows/FGW-01/staff/O-003/photo\"");
		assertThat(page).contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"")
			.contains("alt=\"办件进度查询二维码\"")
			.doesNotContain("<script");
		this.mvc.perform(get("/windows/FGW-01/staff/O-003/photo"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		assertThat(page("/windows")).contains("href=\"/windows/FGW-01\"", "当班 <span>2</span> 人");
	}

	@Test
	void thePrintAndScreenViewsRenderWithoutNavigationAndTheScreenRefreshesEveryFiveMinutes() throws Exception {
		String print = page("/windows/FGW-01/print");
		assertThat(print)
			.contains("class=\"board-print\"", "/css/window-board.css", "张建华", "src=\"data:image/png;base64,")
			.doesNotContain("portal-nav")
			.doesNotContain("<script");
		String screen = page("/windows/FGW-01/screen");
		assertThat(screen).contains("http-equiv=\"refresh\" content=\"300\"", "class=\"board-screen\"", "刘思源")
			.doesNotContain("portal-nav")
			.doesNotContain("<script");
	}

	@Test
	void anUnknownWindowIsAChinese404() throws Exception {
		String body = this.mvc.perform(get("/windows/NOPE-9"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("未找到编码为“NOPE-9”的服务窗口");
		this.mvc.perform(get("/windows/NOPE-9/print")).andExpect(status().isNotFound());
		this.mvc.perform(get("/windows/NOPE-9/screen")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aWindowNamedWithScriptIsEscapedAndAnExpiredCertificateShowsAsExpired() throws Exception {
		this.mvc
			.perform(post("/console/admin/windows").with(csrf())
				.param("code", "LS-01")
				.param("name", "<script>alert(1)</script>粮食窗口")
				.param("location", "二楼 13号窗口")
				.param("unitCode", "LSTK")
				.param("phone", "0746-4700009")
				.param("itemCodes", "XK-002"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/console/admin/windows/LS-01/staff").with(csrf())
				.param("officerId", "O-006")
				.param("post", "窗口受理员")
				.param("onDuty", "true"))
			.andExpect(status().is3xxRedirection());
		String page = page("/windows/LS-01");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;粮食窗口", "周丽娟", "已过期", "暂无照片")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void badWindowInputIsRefusedWithChineseMessagesAndNothingIsSaved() throws Exception {
		String body = this.mvc
			.perform(post("/console/admin/windows").with(csrf())
				.param("code", "bad code!")
				.param("name", "")
				.param("location", "某处")
				.param("unitCode", "NOPE")
				.param("phone", "call me")
				.param("itemCodes", "XK-999"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("窗口编码只能由字母、数字和连字符组成", "请填写窗口名称", "请选择进驻的内设机构", "咨询电话只能包含数字", "权责事项“XK-999”不存在或已废止",
				"尚未保存任何内容");
		this.mvc.perform(get("/windows/bad code!")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aPhotoMustBeAJpegOrPngOfAtMostTwoMegabytes() throws Exception {
		String text = this.mvc
			.perform(multipart("/console/admin/windows/FGW-01/staff/O-004/photo")
				.file(new MockMultipartFile("photo", "photo.png", "image/png", "<html>not an image</html>".getBytes()))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text).contains("照片只能是 JPEG 或 PNG 格式的图片");
		byte[] big = new byte[2 * 1024 * 1024 + 1];
		byte[] png = PlaceholderPhotos.png("x");
		System.arraycopy(png, 0, big, 0, png.length);
		String tooBig = this.mvc
			.perform(multipart("/console/admin/windows/FGW-01/staff/O-004/photo")
				.file(new MockMultipartFile("photo", "big.png", "image/png", big))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooBig).contains("照片不能超过 2 MB");
		byte[] jpeg = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 64);
		this.mvc
			.perform(multipart("/console/admin/windows/FGW-01/staff/O-004/photo")
				.file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", jpeg))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/windows/FGW-01/staff/O-004/photo"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(content().bytes(jpeg));
	}

	@Test
	void theConsoleIsForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/console/admin/windows").with(user("officer1").roles("OFFICER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/admin/windows")).andExpect(status().is3xxRedirection());
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
