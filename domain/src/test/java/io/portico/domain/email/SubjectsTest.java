package io.portico.domain.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tax return 2025|tax return 2025",
            "Re: Tax return 2025|tax return 2025",
            "RE: Tax return 2025|tax return 2025",
            "Fwd: Tax return 2025|tax return 2025",
            "FW: Tax return 2025|tax return 2025",
            "AW: WG: Tax return 2025|tax return 2025",
            "TR: Tax return 2025|tax return 2025",
            "RV: Tax return 2025|tax return 2025",
            "R: I: Tax return 2025|tax return 2025",
            "Rif: Tax return 2025|tax return 2025",
            "Re: Re: re:Tax return 2025|tax return 2025",
            "Re[2]: Tax return 2025|tax return 2025",
            "Re (3) : Tax return 2025|tax return 2025",
            "[Studio] Re: [ticket 7] Tax   return\t2025 |tax return 2025",
            "  Tax return 2025  |tax return 2025",
    })
    void issue13_item4_replies_and_forwards_share_the_subject_of_what_they_answer(String subject, String normalised) {
        assertThat(Subjects.normalise(subject)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Report on Q3|report on q3",
            "Italy: results|italy: results",
            "Rent: March|rent: march",
            "Invoice [draft] Re: costs|invoice [draft] re: costs",
            "Reminder|reminder",
    })
    void issue13_item4_words_that_only_look_like_prefixes_are_kept(String subject, String normalised) {
        assertThat(Subjects.normalise(subject)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "''|''",
            "Re:|''",
            "[tag]|''",
    })
    void issue13_item4_a_subject_of_prefixes_only_is_empty(String subject, String normalised) {
        assertThat(Subjects.normalise(subject)).isEqualTo(normalised);
    }
}
