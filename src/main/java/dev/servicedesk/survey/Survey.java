package dev.servicedesk.survey;

import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.survey.dto.NewSurveyAnswer;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The satisfaction survey offered on a ticket when it was first resolved, and its one answer. */
@Entity
@Table(name = "survey")
public class Survey {
    @Id
    private UUID ticketId;

    private UUID requesterId;
    private Instant offeredAt;
    private Instant expiresAt;
    private int questionsVersion;
    private Instant answeredAt;
    private Integer overall;
    private Integer responseTime;
    private Integer problemSolving;
    private Integer communication;
    private String comment;

    protected Survey() {}

    public SurveyStatus status(Instant now) {
        if (answeredAt != null) {
            return SurveyStatus.ANSWERED;
        }
        return now.isBefore(expiresAt) ? SurveyStatus.OFFERED : SurveyStatus.EXPIRED;
    }

    /** Whether {@code person} is whom the survey was offered to: the ticket's requester when it was resolved. */
    boolean offeredTo(UUID person) {
        return requesterId.equals(person);
    }

    /** The requester's one answer to this survey's questions, while it is open (else a 409 saying why not). */
    void answer(NewSurveyAnswer answer, Instant now) {
        if (answer.questionsVersion() != questionsVersion) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The survey asks version " + questionsVersion + " of its questions; the answer is to version "
                            + answer.questionsVersion() + ".");
        }
        SurveyStatus status = status(now);
        if (status != SurveyStatus.OFFERED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    status == SurveyStatus.ANSWERED
                            ? "The survey was answered at " + answeredAt + "; it takes one answer."
                            : "The survey closed at " + expiresAt + " unanswered.");
        }
        answeredAt = now;
        overall = answer.overall();
        responseTime = answer.responseTime();
        problemSolving = answer.problemSolving();
        communication = answer.communication();
        comment = answer.comment();
    }

    public UUID ticketId() {
        return ticketId;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int questionsVersion() {
        return questionsVersion;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Integer overall() {
        return overall;
    }

    public Integer responseTime() {
        return responseTime;
    }

    public Integer problemSolving() {
        return problemSolving;
    }

    public Integer communication() {
        return communication;
    }

    public String comment() {
        return comment;
    }
}
