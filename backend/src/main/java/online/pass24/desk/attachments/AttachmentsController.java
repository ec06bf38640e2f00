package online.pass24.desk.attachments;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.AttachmentsApi;
import online.pass24.desk.api.model.Attachment;
import online.pass24.desk.api.model.AttachmentList;
import online.pass24.desk.api.model.ProblemType;
import online.pass24.desk.problem.ApiProblem;
import online.pass24.desk.security.Caller;
import online.pass24.desk.security.Roles;
import online.pass24.desk.tickets.TicketAccess;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Screenshots and logs: typed by content, checksummed, never half stored. */
@Controller
@Secured({Roles.AGENT, Roles.LEAD})
class AttachmentsController implements AttachmentsApi {

    /** What support accepts: screenshots, documents, logs and archives of logs. */
    static final Set<String> ALLOWED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
            "application/pdf", "text/plain", "application/zip", "application/gzip", "application/x-gzip");

    private final AttachmentRepository repository;
    private final AttachmentStore store;
    private final TicketAccess tickets;
    private final SecurityService security;
    private final Clock clock;
    private final long maxSize;

    AttachmentsController(AttachmentRepository repository, AttachmentStore store, TicketAccess tickets,
                          SecurityService security, Clock clock,
                          @Value("${attachments.max-size:25MB}") @ReadableBytes long maxSize) {
        this.repository = repository;
        this.store = store;
        this.tickets = tickets;
        this.security = security;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    @Override
    @Secured({Roles.AGENT, Roles.LEAD, Roles.DEVELOPER})
    public Mono<AttachmentList> listAttachments(UUID ticketId, String cursor, Integer limit) {
        Caller caller = caller();
        return tickets.read(ticketId, caller).thenMany(repository.ofTicket(ticketId)).map(AttachmentsController::toApi)
                .collectList().map(all -> {
                    var page = online.pass24.desk.shared.Pages.of(all, a -> a.getId().toString(), cursor, limit);
                    AttachmentList list = new AttachmentList(page.items());
                    list.setNextCursor(page.nextCursor());
                    return list;
                });
    }

    @Override
    public Mono<HttpResponse<Attachment>> uploadAttachment(UUID ticketId, CompletedFileUpload file, UUID communicationId,
                                                           UUID escalationId) {
        Caller caller = caller();
        if (file.getSize() > maxSize) {
            return Mono.error(new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "The file is " + file.getSize() + " bytes; at most " + maxSize + " are accepted", List.of()));
        }
        String name = safeName(file.getFilename());
        return tickets.read(ticketId, caller)
                .then(belongs(ticketId, communicationId, escalationId))
                .then(Mono.fromCallable(() -> {
                    try (InputStream in = file.getInputStream()) {
                        return store.receive(in);
                    }
                }).subscribeOn(Schedulers.boundedElastic()))
                .flatMap(received -> {
                    String byName = AttachmentStore.typeByName(name);
                    String problem = !ALLOWED.contains(received.detectedType())
                            ? "files of type " + received.detectedType() + " are not accepted; send screenshots, PDF, text logs or ZIP"
                            : byName != null && !compatible(byName, received.detectedType())
                            ? "the content is " + received.detectedType() + " but the name " + name + " says " + byName
                            : null;
                    if (problem != null) {
                        store.discard(received.file());
                        return Mono.error(new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                                problem, List.of()));
                    }
                    UUID id = UUID.randomUUID();
                    AttachmentRepository.Row row = new AttachmentRepository.Row(id, ticketId, communicationId, escalationId, name,
                            received.detectedType(), received.size(), received.sha256(), caller.username(), clock.instant());
                    return Mono.fromCallable(() -> {
                                store.keep(received, id);
                                return id;
                            }).subscribeOn(Schedulers.boundedElastic())
                            .then(repository.save(row))
                            .onErrorResume(e -> {
                                // the row is the proof of a whole file: without it, no file either
                                store.discard(store.path(id));
                                store.discard(received.file());
                                return Mono.error(e);
                            });
                })
                .map(saved -> HttpResponse.status(HttpStatus.CREATED).body(toApi(saved)));
    }

    @Override
    @Secured({Roles.AGENT, Roles.LEAD, Roles.DEVELOPER})
    public Mono<FileCustomizableResponseType> downloadAttachment(UUID ticketId, UUID attachmentId) {
        Caller caller = caller();
        return tickets.read(ticketId, caller).then(repository.find(ticketId, attachmentId))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("No attachment " + attachmentId)))
                .map(row -> new StoredFile(store.path(row.id()).toFile(), row.contentType(), row.fileName()));
    }

    /** The file with its detected type, named for download as RFC 6266 says (UTF-8 names too). */
    static final class StoredFile extends SystemFile {
        private final String contentType;
        private final String fileName;

        StoredFile(java.io.File file, String contentType, String fileName) {
            super(file);
            this.contentType = contentType;
            this.fileName = fileName;
        }

        @Override
        public io.micronaut.http.MediaType getMediaType() {
            return io.micronaut.http.MediaType.of(contentType);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public void process(MutableHttpResponse response) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
            response.header("X-Content-Type-Options", "nosniff");
        }
    }

    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private Mono<Void> belongs(UUID ticketId, UUID communicationId, UUID escalationId) {
        Mono<Void> check = Mono.empty();
        if (communicationId != null) {
            check = check.then(repository.communicationOf(ticketId, communicationId).flatMap(n -> n == 0
                    ? Mono.error(ApiProblem.invalidField("communicationId", "is not a communication of this ticket")) : Mono.empty()));
        }
        if (escalationId != null) {
            check = check.then(repository.escalationOf(ticketId, escalationId).flatMap(n -> n == 0
                    ? Mono.error(ApiProblem.invalidField("escalationId", "is not an escalation of this ticket")) : Mono.empty()));
        }
        return check;
    }

    /** A log named .log or .txt is text; a .jpg may hold a JPEG of any subtype spelling. */
    private static boolean compatible(String byName, String detected) {
        if (byName.equals(detected)) {
            return true;
        }
        if (byName.startsWith("text/") && detected.equals("text/plain")) {
            return true;
        }
        return (byName.contains("zip") && detected.contains("zip"));
    }

    private static String safeName(String name) {
        String base = name == null || name.isBlank() ? "file" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static Attachment toApi(AttachmentRepository.Row row) {
        Attachment attachment = new Attachment(row.id(), row.fileName(), row.contentType(), row.size(), row.sha256(),
                row.uploadedBy(), row.uploadedAt().atOffset(ZoneOffset.UTC));
        attachment.setCommunicationId(row.communicationId());
        attachment.setEscalationId(row.escalationId());
        return attachment;
    }

    private Caller caller() {
        return Caller.of(security.getAuthentication().orElseThrow());
    }
}
