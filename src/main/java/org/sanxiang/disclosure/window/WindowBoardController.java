package org.sanxiang.disclosure.window;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.NotFound;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * 岗位信息公示牌 on the portal, no login: the list of windows, a board per window, its A4 print
 * and its large-screen view. An unknown window is a Chinese 404 page.
 */
@Controller
class WindowBoardController {

	/** The large screen reloads itself so that a change of staff shows within minutes. */
	static final int SCREEN_REFRESH_SECONDS = 300;

	private final WindowBoards boards;

	private final ServiceWindows windows;

	private final BlobStore blobs;

	WindowBoardController(WindowBoards boards, ServiceWindows windows, BlobStore blobs) {
		this.boards = boards;
		this.windows = windows;
		this.blobs = blobs;
	}

	@GetMapping("/windows")
	String list(Model model) {
		model.addAttribute("rows", this.boards.list());
		model.addAttribute("currentPath", "/windows");
		return "window/list";
	}

	@GetMapping("/windows/{code}")
	String board(@PathVariable String code, Model model) {
		model.addAttribute("board", this.boards.board(code));
		model.addAttribute("currentPath", "/windows");
		return "window/board";
	}

	@GetMapping("/windows/{code}/print")
	String print(@PathVariable String code, Model model) {
		model.addAttribute("board", this.boards.board(code));
		return "window/print";
	}

	@GetMapping("/windows/{code}/screen")
	String screen(@PathVariable String code, Model model) {
		model.addAttribute("board", this.boards.board(code));
		model.addAttribute("refreshSeconds", SCREEN_REFRESH_SECONDS);
		return "window/screen";
	}

	@GetMapping("/windows/{code}/staff/{officerId}/photo")
	ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable String officerId) throws IOException {
		WindowStaff staff = this.windows.staff(code, officerId)
			.filter(WindowStaff::hasPhoto)
			.orElseThrow(() -> new NotFound("未找到该照片"));
		try (InputStream in = this.blobs.open(staff.photoKey().strip())) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(staff.photoType()))
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
				.header("X-Content-Type-Options", "nosniff")
				.body(in.readAllBytes());
		}
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("detail", ex.getMessage());
		page.addObject("status", 404);
		return page;
	}

}
