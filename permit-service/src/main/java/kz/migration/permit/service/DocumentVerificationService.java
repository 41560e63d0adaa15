package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        List<DocumentVerification> rows = verifications.page(status, PageCursor.decode(cursor), limit);
        List<DocumentVerification> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        Map<UUID, PermitApplication> byId = applications.list("id in ?1", items.stream().map(v -> v.applicationId)
                .toList()).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        String next = null;
        if (rows.size() > limit) {
            DocumentVerification last = items.get(items.size() - 1);
            next = PageCursor.after(last.requestedAt, last.id).encode();
        }
        return new Page<>(items.stream().map(v -> view(v, byId.get(v.applicationId))).toList(), next);
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
        return view(verification, applications.findById(verification.applicationId));
    }

    private static DocumentVerificationView view(DocumentVerification v, PermitApplication application) {
        return new DocumentVerificationView(v.id, v.applicationId, application.educationDocumentId,
                application.educationCountry, application.legalisationReference, v.status, v.reason, v.requestedAt,
                v.answeredAt);
    }
}
