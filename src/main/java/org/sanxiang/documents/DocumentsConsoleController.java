package org.sanxiang.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 执法文书 panel of a case in the console: the documents issued (number, title, date,
 * status, PDF), and the form that makes one — a template chosen, the values the case
 * supplies shown read-only, the values to type, 预览 (a PDF without a number) and 签发. The
 * case page shows the panel ({@link DocumentsCasePanelModel}); this controller serves it
 * as a page of its own too, which is where a refused form comes back, as typed, with the
 * message beside it. A command that succeeds returns to the case page.
 */
@Controller
class DocumentsConsoleController {

	/** The form field names of typed values: {@code input.<field name>}. */
	static final String INPUT_PREFIX = "input.";

	private final Documents documents;

	private final CaseFacts cases;

	DocumentsConsoleController(Documents documents, CaseFacts cases) {
		this.documents = documents;
		this.cases = cases;
	}

	/**
	 * The panel of one case.
	 *
	 * @param documents the documents issued, in order
	 * @param archived whether the case is archived: its documents are closed, nobody
	 * issues or voids one
	 * @param canIssue whether the signed-in user may issue documents on the case
	 * @param canVoid whether the signed-in user may void documents (负责人)
	 * @param templates the templates to choose from
	 * @param compose the form of the chosen template, or {@code null}
	 * @param problem why the last submission was refused, or {@code null}
	 */
	record CasePanel(String caseId, String caseNumber, List<Row> documents, boolean archived, boolean canIssue,
			boolean canVoid, List<Option> templates, Compose compose, Problem problem) {
	}

	/** One issued document as listed. */
	record Row(String id, String number, String title, String issuedOn, String status, String statusReason,
			boolean valid) {

		static Row of(IssuedDocument d) {
			return new Row(d.id().toString(), d.number(), d.title(), DocumentDates.chinese(d.issuedOn()), d.status(),
					d.statusReason(), d.valid());
		}

	}

	/** A template to choose. */
	record Option(String code, String title, boolean selected) {
	}

	/** The form of one template: its fields with the values found or typed. */
	record Compose(String template, String title, String series, boolean remediesRequired, List<FieldRow> fields,
			String issuedOn) {
	}

	/**
	 * One field of the form: from the case or the platform (shown, read-only) or typed
	 * ({@code input}).
	 */
	record FieldRow(String name, String label, boolean mandatory, String origin, boolean input, String value,
			boolean missing) {
	}

	/**
	 * Why a submission was refused: which form ({@code issue}, {@code void}), the
	 * message, each field at fault with its own message and, for a void, which document.
	 */
	record Problem(String form, String message, List<InputRejected.FieldError> errors, String documentId) {

		static Problem of(String form, InputRejected ex, String documentId) {
			return new Problem(form, ex.firstMessage(), ex.errors(), documentId);
		}

		/** The messages about one field, for the form. */
		public List<String> at(String field) {
			return this.errors.stream()
				.filter(e -> e.field().equals(field))
				.map(InputRejected.FieldError::message)
				.toList();
		}

	}

	@GetMapping("/console/documents/cases/{caseId}")
	String page(@PathVariable String caseId, @RequestParam(required = false) String template,
			Authentication authentication, Model model) {
		CaseId id = DocumentsApiController.caseId(caseId);
		model.addAttribute("documentsPanel",
				panel(id, DocumentsApiController.actor(authentication), template, Map.of(), null, null)
					.orElseThrow(() -> new NotFound("未找到该案件：" + caseId)));
		return "documents/case";
	}

	/** 签发. */
	@PostMapping("/console/documents/cases/{caseId}/issue")
	String issue(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> params,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CaseId id = DocumentsApiController.caseId(caseId);
		Actor actor = DocumentsApiController.actor(authentication);
		String template = params.getFirst("template");
		Map<String, String> inputs = inputs(params);
		String issuedOn = params.getFirst("issuedOn");
		try {
			DocumentsApiController.byHand(template);
			IssuedDocument issued = this.documents.issue(id, template, inputs,
					DateInput.optional("issuedOn", "成文日期", issuedOn), actor);
			redirect.addFlashAttribute("done", "已签发：" + issued.number() + "《" + issued.title() + "》");
			return "redirect:/console/licensing/" + id + "#documents";
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return again(id, actor, model, template, inputs, issuedOn, Problem.of("issue", ex, null));
		}
	}

	/** 预览: the PDF without a number, or the form with the reason it cannot be made. */
	@PostMapping("/console/documents/cases/{caseId}/preview")
	ResponseEntity<byte[]> preview(@PathVariable String caseId, @RequestParam MultiValueMap<String, String> params,
			Authentication authentication) {
		CaseId id = DocumentsApiController.caseId(caseId);
		Actor actor = DocumentsApiController.actor(authentication);
		String template = params.getFirst("template");
		Map<String, String> inputs = inputs(params);
		String issuedOn = params.getFirst("issuedOn");
		try {
			return DocumentsApiController.pdf(this.documents.preview(id, template, inputs,
					DateInput.optional("issuedOn", "成文日期", issuedOn), actor), "预览.pdf");
		}
		catch (InputRejected ex) {
			throw new PreviewRefused(id, actor, template, inputs, issuedOn, ex);
		}
	}

	/** A preview that cannot be made: the form again, as typed, with the reason. */
	@ExceptionHandler(PreviewRefused.class)
	String previewRefused(PreviewRefused refused, Model model, HttpServletResponse response) {
		response.setStatus(refused.rejected.kind().status());
		return again(refused.caseId, refused.actor, model, refused.template, refused.inputs, refused.issuedOn,
				Problem.of("issue", refused.rejected, null));
	}

	/** Carries a refused preview's form to {@link #previewRefused}. */
	static final class PreviewRefused extends RuntimeException {

		private final transient CaseId caseId;

		private final transient Actor actor;

		private final String template;

		private final transient Map<String, String> inputs;

		private final String issuedOn;

		private final InputRejected rejected;

		PreviewRefused(CaseId caseId, Actor actor, String template, Map<String, String> inputs, String issuedOn,
				InputRejected rejected) {
			super(rejected.getMessage(), rejected);
			this.caseId = caseId;
			this.actor = actor;
			this.template = template;
			this.inputs = inputs;
			this.issuedOn = issuedOn;
			this.rejected = rejected;
		}

	}

	/** 作废 (负责人). */
	@PostMapping("/console/documents/{id}/void")
	String voidDocument(@PathVariable String id, @RequestParam(required = false) String reason,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		UUID documentId = DocumentsApiController.documentId(id);
		Actor actor = DocumentsApiController.actor(authentication);
		IssuedDocument document = this.documents.document(documentId);
		CaseId caseId = new CaseId(document.caseId());
		try {
			IssuedDocument voided = this.documents.voidDocument(documentId, reason, actor);
			redirect.addFlashAttribute("done", "已作废：" + voided.number() + "（文号保留，不再使用）");
			return "redirect:/console/licensing/" + caseId + "#documents";
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return again(caseId, actor, model, null, Map.of(), null, Problem.of("void", ex, id));
		}
	}

	/** An unknown case or document is the console's 404 page. */
	@ExceptionHandler(NotFound.class)
	String notFound(NotFound ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("detail", ex.getMessage());
		return "error/404";
	}

	private String again(CaseId id, Actor actor, Model model, String template, Map<String, String> inputs,
			String issuedOn, Problem problem) {
		model.addAttribute("documentsPanel",
				panel(id, actor, template, inputs, issuedOn, problem).orElseThrow(() -> new NotFound("未找到该案件：" + id)));
		return "documents/case";
	}

	/**
	 * The panel of case {@code id} as {@code actor} may use it, with the form of
	 * {@code template} (the first template when none is chosen) holding what was typed;
	 * empty when there is no such case.
	 */
	Optional<CasePanel> panel(CaseId id, Actor actor, String template, Map<String, String> typed, String issuedOn,
			Problem problem) {
		Optional<CaseSnapshot> found = this.cases.find(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		CaseSnapshot c = found.get();
		List<Row> rows = this.documents.ofCase(id).stream().map(Row::of).toList();
		boolean canIssue = this.documents.mayIssue(actor, c);
		List<DocumentTemplate> templates = this.documents.templates()
			.stream()
			.filter(t -> !Documents.REVIEW_OPINION.equals(t.code()))
			.toList();
		String chosen = templates.stream()
			.map(DocumentTemplate::code)
			.filter(code -> code.equals(template))
			.findFirst()
			.orElse(templates.isEmpty() ? null : templates.get(0).code());
		Compose compose = canIssue && chosen != null ? compose(id, chosen, typed, issuedOn) : null;
		List<Option> options = templates.stream()
			.map(t -> new Option(t.code(), t.title(), t.code().equals(chosen)))
			.toList();
		boolean archived = Documents.archived(c);
		return Optional.of(new CasePanel(id.toString(), c.number(), rows, archived, canIssue,
				!archived && actor.has(Role.DIRECTOR), options, compose, problem));
	}

	private Compose compose(CaseId id, String template, Map<String, String> typed, String issuedOn) {
		Documents.Draft draft = this.documents.compose(id, template, Map.of());
		List<FieldRow> fields = draft.template().fields().stream().map(f -> {
			boolean input = TemplateField.INPUT.equals(f.source());
			String value = input ? typed.get(f.name()) : draft.values().get(f.name());
			if (("system:" + Documents.SYSTEM_NUMBER).equals(f.source())) {
				value = "签发时编号";
			}
			boolean missing = !input && f.mandatory() && (value == null || value.isBlank());
			return new FieldRow(f.name(), f.label(), f.mandatory(), Documents.Draft.origin(f), input, value, missing);
		}).toList();
		return new Compose(template, draft.template().title(), draft.template().series(),
				draft.template().remediesRequired(), fields,
				issuedOn == null || issuedOn.isBlank() ? draft.issuedOn().toString() : issuedOn);
	}

	private static Map<String, String> inputs(MultiValueMap<String, String> params) {
		Map<String, String> inputs = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(INPUT_PREFIX) && values != null && !values.isEmpty()) {
				inputs.put(name.substring(INPUT_PREFIX.length()), values.get(0));
			}
		});
		return inputs;
	}

}
