package org.sanxiang.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 文书核验 on the public portal (issue 7, item 4): the QR code on a printed document leads
 * here, to the issuer, title, number, date, the SM3 digest of the PDF as issued and the
 * document's status (有效 / 已撤销 / 已变更 / 已作废, with the reason). A visitor may upload a PDF
 * to check that it is that document: its SM3 is computed here while it is read and the
 * file is not kept. Nothing beyond the party's name is shown of anyone. An unknown or
 * malformed number is a 404 page saying so, never an error.
 */
@Controller
class DocumentVerification {

	static final String NOT_FOUND = "未找到该文书";

	private final JdbcIssuedDocuments documents;

	private final DataSize maxUpload;

	DocumentVerification(JdbcIssuedDocuments documents,
			@Value("${sanxiang.documents.verify-max-size:10MB}") DataSize maxUpload) {
		this.documents = documents;
		this.maxUpload = maxUpload;
	}

	/** The outcome of an uploaded file's check. */
	record Check(String fileName, String sm3, boolean matches) {
	}

	/** The form: a typed number goes to its page. */
	@GetMapping("/verify/document")
	String lookup(@RequestParam(required = false) String number, Model model, HttpServletResponse response) {
		if (number == null) {
			return "documents/verify";
		}
		String typed = number.strip();
		if (typed.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("formError", "请输入文号");
			return "documents/verify";
		}
		return "redirect:"
				+ UriComponentsBuilder.fromPath("/verify/document").pathSegment(typed).encode().toUriString();
	}

	@GetMapping("/verify/document/{number}")
	String verify(@PathVariable String number, Model model, HttpServletResponse response) {
		return page(number, model, response, null, null);
	}

	/** Checks an uploaded PDF against the registered digest; the file is not kept. */
	@PostMapping("/verify/document/{number}")
	String check(@PathVariable String number, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		Optional<JdbcIssuedDocuments.PublicDocument> found = find(number);
		if (found.isEmpty()) {
			return page(number, model, response, null, null);
		}
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(number, model, response, null, "请选择要核对的 PDF 文件");
		}
		if (file.getSize() > this.maxUpload.toBytes()) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return page(number, model, response, null, tooLarge());
		}
		String sm3;
		try (InputStream in = file.getInputStream()) {
			sm3 = Sm3Digests.hex(in);
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		return page(number, model, response, new Check(name, sm3, sm3.equals(found.get().sm3())), null);
	}

	/** A file over the multipart limit, refused while the request was read. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		model.addAttribute("formError", tooLarge());
		return "documents/verify";
	}

	private String tooLarge() {
		return "文件过大：核对的 PDF 不能超过 " + this.maxUpload.toMegabytes() + " MB";
	}

	private String page(String number, Model model, HttpServletResponse response, Check check, String uploadError) {
		Optional<JdbcIssuedDocuments.PublicDocument> found = find(number);
		model.addAttribute("number", number);
		if (found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("notFound", NOT_FOUND);
			return "documents/verify";
		}
		model.addAttribute("document", found.get());
		model.addAttribute("issuedOn", DocumentDates.chinese(found.get().issuedOn()));
		model.addAttribute("check", check);
		model.addAttribute("uploadError", uploadError);
		model.addAttribute("maxUploadMb", this.maxUpload.toMegabytes());
		return "documents/verify";
	}

	private Optional<JdbcIssuedDocuments.PublicDocument> find(String number) {
		return DocumentNumber.parse(number).flatMap(n -> this.documents.publicView(n.text()));
	}

}
