package org.sanxiang.casework;

/** 审查意见 and proposed decision ({@code 准予} or {@code 不予}) recorded by an officer. */
public record OpinionRecorded(Recorded recorded, String opinion, String proposal) implements CaseEvent {
}
