package kz.migration.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgPlotTest {

    @Test
    void linesAreWellFormedSvgWithOnePolylinePerSeriesAndEscapedNames() throws Exception {
        String svg = SvgPlot.lines("Latency <p50 & p99>", "second", "ms", List.of(
                new SvgPlot.Series("p50", new double[]{0, 1, 2}, new double[]{3, 4.5, 5}),
                new SvgPlot.Series("p99 \"tail\"", new double[]{0, 1, 2}, new double[]{30, 45, 130})));

        Document document = parse(svg);
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals("http://www.w3.org/2000/svg", document.getDocumentElement().getNamespaceURI());
        NodeList lines = document.getElementsByTagNameNS("*", "polyline");
        assertEquals(2, lines.getLength());
        assertEquals(3, ((Element) lines.item(1)).getAttribute("points").split(" ").length);
        List<String> texts = texts(document);
        assertEquals(true, texts.contains("Latency <p50 & p99>"));
        assertEquals(true, texts.contains("p99 \"tail\""));
        // The y axis ends at a round number above the highest value (130 -> 200).
        assertEquals(true, texts.contains("200"));
    }

    @Test
    void barsAreWellFormedSvgWithOneBarPerSeriesAndCategory() throws Exception {
        String svg = SvgPlot.bars("Per endpoint", "ms", List.of("GET /quotas/{year}", "POST /contracts"),
                List.of("p50", "p95", "p99"), new double[][]{{1, 2}, {3, 4}, {5, 60}});

        Document document = parse(svg);
        NodeList rects = document.getElementsByTagNameNS("*", "rect");
        // The background, six bars and three legend keys.
        assertEquals(1 + 6 + 3, rects.getLength());
        List<String> texts = texts(document);
        assertEquals(true, texts.contains("POST /contracts"));
        assertEquals(true, texts.contains("POST /contracts p99: 60"));
    }

    @Test
    void anAxisEndsAtOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, SvgPlot.niceCeiling(1));
        assertEquals(2, SvgPlot.niceCeiling(1.2));
        assertEquals(500, SvgPlot.niceCeiling(401));
        assertEquals(1000, SvgPlot.niceCeiling(501));
        assertEquals(0.05, SvgPlot.niceCeiling(0.041), 1e-12);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document) {
        List<String> texts = new ArrayList<>();
        for (String tag : List.of("text", "title")) {
            NodeList nodes = document.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
        }
        return texts;
    }
}
