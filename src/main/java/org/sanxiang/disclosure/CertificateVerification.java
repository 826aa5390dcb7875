package org.sanxiang.disclosure;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.PublicAddresses;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.Unit;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.platform.NotFound;
import org.sanxiang.platform.QrCodes;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 亮证: the public checks an officer's 行政执法证 (GS-2, ZJ-1) by scanning the QR code on it or
 * by typing its number. The verdict is computed for today with the injected clock; an
 * unknown number is a friendly 404 page, never an error.
 */
@Controller
class CertificateVerification {

	/** Longer than any certificate number; anything longer is simply not found. */
	static final int MAX_NUMBER = 64;

	static final int QR_SIZE = 240;

	private final Catalog catalog;

	private final Clock clock;

	private final PublicAddresses addresses;

	CertificateVerification(Catalog catalog, Clock clock, PublicAddresses addresses) {
		this.catalog = catalog;
		this.clock = clock;
		this.addresses = addresses;
	}

	/**
	 * The GET form (also on the officers page): a typed number goes to its verification
	 * page.
	 */
	@GetMapping("/verify/officer")
	String lookup(@RequestParam(required = false) String certificateNo, Model model, HttpServletResponse response) {
		if (certificateNo == null) {
			return "portal/verify-form";
		}
		String number = certificateNo.strip();
		if (number.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("formError", "请输入执法证编号");
			return "portal/verify-form";
		}
		return "redirect:"
				+ UriComponentsBuilder.fromPath("/verify/officer").pathSegment(number).encode().toUriString();
	}

	@GetMapping("/verify/officer/{certificateNo}")
	String verify(@PathVariable String certificateNo, Model model, HttpServletResponse response) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<Officer> officer = find(certificateNo);
		model.addAttribute("certificateNo", certificateNo);
		model.addAttribute("today", today);
		Optional<Versioned<Officer>> former = officer.isPresent() ? Optional.empty() : findFormer(certificateNo);
		if (former.isPresent()) {
			// 调离/退休: the number stays reserved; never 证件有效 for someone no longer
			// enforcing here
			Officer o = former.get().content();
			model.addAttribute("officer", o);
			model.addAttribute("certificate", o.certificate());
			model.addAttribute("unitName", "");
			model.addAttribute("verdict", CertificateVerdict.LEFT);
			model.addAttribute("leftSince", former.get().effectiveFrom());
			model.addAttribute("verifyUrl", verifyUrl(certificateNo));
			return "portal/verify";
		}
		if (officer.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("verdict", CertificateVerdict.NOT_FOUND);
			return "portal/verify";
		}
		Officer o = officer.get();
		model.addAttribute("officer", o);
		model.addAttribute("certificate", o.certificate());
		model.addAttribute("unitName", this.catalog.unit(o.unitCode()).map(Unit::name).orElse(""));
		model.addAttribute("verdict", CertificateVerdict.of(o.certificate(), today));
		model.addAttribute("verifyUrl", verifyUrl(certificateNo));
		return "portal/verify";
	}

	/**
	 * The QR code printed on the certificate: the absolute URL of its verification page.
	 */
	@GetMapping(path = "/verify/officer/{certificateNo}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String certificateNo) {
		if (find(certificateNo).isEmpty() && findFormer(certificateNo).isEmpty()) {
			throw new NotFound("未找到该证件");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(QrCodes.png(verifyUrl(certificateNo), QR_SIZE));
	}

	/**
	 * Absolute address of the verification page: from {@code sanxiang.public-base-url}
	 * when set (the address printed on certificates must not depend on how a request
	 * reached the server), else from the current request.
	 */
	String verifyUrl(String certificateNo) {
		return this.addresses.of("verify", "officer", certificateNo);
	}

	private Optional<Officer> find(String certificateNo) {
		if (!StringUtils.hasText(certificateNo) || certificateNo.length() > MAX_NUMBER) {
			return Optional.empty();
		}
		return this.catalog.officerByCertificate(certificateNo.strip());
	}

	private Optional<Versioned<Officer>> findFormer(String certificateNo) {
		if (!StringUtils.hasText(certificateNo) || certificateNo.length() > MAX_NUMBER) {
			return Optional.empty();
		}
		return this.catalog.formerOfficerByCertificate(certificateNo.strip());
	}

}
