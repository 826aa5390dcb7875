package org.sanxiang.review;

/** The reviewer's answer to one of the seven points (SH-4), with the reason. */
public record PointFinding(ReviewPoint point, Finding finding, String comment) {
}
