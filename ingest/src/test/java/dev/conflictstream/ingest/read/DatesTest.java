package dev.conflictstream.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Fri 7th Feb, 2025            | 2025-02-07",
            "7 February 2025              | 2025-02-07",
            "February 7, 2025             | 2025-02-07",
            "Monday, March 3rd 2025       | 2025-03-03",
            "2025-02-07                   | 2025-02-07",
            "2025-02-07T10:15:00Z         | 2025-02-07",
            "Fri, 07 Feb 2025 10:15:00 GMT| 2025-02-07",
            "Sept 1, 2024                 | 2024-09-01",
    })
    void readsTheDateFormsNewsSitesPrint(String text, LocalDate expected) {
        assertThat(Dates.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"The Institute for the Study of War", "31st Feb, 2025", "Ukrainian Forces Advance"})
    void refusesWhatIsNotADate(String text) {
        assertThat(Dates.parse(text)).isEmpty();
    }
}
