package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.event.permit.DocumentVerificationAnswered;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.web.Page;
import kz.migration.permit.api.DocumentAnswerRequest;
import kz.migration.permit.api.DocumentVerificationView;
import kz.migration.permit.domain.DocumentVerification;
import kz.migration.permit.domain.DocumentVerificationStatus;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.repository.DocumentVerificationRepository;
import kz.migration.permit.repository.PageCursor;
import kz.migration.permit.repository.PermitApplicationRepository;

/** The MFA's side of the education-document check: its queue and its answers. */
@ApplicationScoped
public class DocumentVerificationService {

    @Inject
    DocumentVerificationRepository verifications;

    @Inject
    PermitApplicationRepository applications;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Audited(value = "document-verification.list", read = true)
    public Page<DocumentVerificationView> list(DocumentVerificationStatus status, String cursor, int limit) {
        List<DocumentVerificationRepository.Listed> rows = verifications.page(status, PageCursor.decode(cursor),
                limit);
        List<DocumentVerificationRepository.Listed> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = null;
        if (rows.size() > limit) {
            DocumentVerification last = items.get(items.size() - 1).check();
            next = PageCursor.after(last.requestedAt, last.id).encode();
        }
        return new Page<>(items.stream().map(row -> view(row.check(), row.educationDocumentId(),
                row.educationCountry(), row.legalisationReference())).toList(), next);
    }

    @Transactional
    @Audited("document-verification.answer")
    public DocumentVerificationView answer(UUID id, DocumentAnswerRequest request) {
        DocumentVerification verification = verifications.lock(id)
                .orElseThrow(() -> ProblemException.notFound("Document verification", id));
        Instant now = clock.instant();
        verification.answer(request.answer(), request.reason(), caller.subject(), now);
        outbox.append(verification.applicationId.toString(), new DocumentVerificationAnswered(verification.id,
                verification.applicationId, verification.status.name(), verification.reason, now));
        PermitApplication application = applications.findById(verification.applicationId);
        return view(verification, application.educationDocumentId, application.educationCountry,
                application.legalisationReference);
    }

    private static DocumentVerificationView view(DocumentVerification v, String educationDocumentId,
            String educationCountry, String legalisationReference) {
        return new DocumentVerificationView(v.id, v.applicationId, educationDocumentId, educationCountry,
                legalisationReference, v.status, v.reason, v.requestedAt, v.answeredAt);
    }
}
