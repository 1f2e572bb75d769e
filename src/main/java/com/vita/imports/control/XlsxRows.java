package com.vita.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The first sheet of a workbook, row by row, through POI's event API: {@link XSSFReader} for the
 * package's parts and {@link XSSFSheetXMLHandler} for the cells (shared strings, number formats,
 * the cached result of formulas). The handler is a SAX handler; here a StAX reader feeds it one
 * element at a time, so the job pulls rows as it needs them instead of the parse pushing them all.
 * The StAX reader is POI's secure one (no DTDs, no external entities: XXE fails to parse), and the
 * package is opened from a file (random access, the ZIP is never inflated in memory) under
 * ZipSecureFile's ratio and size limits ({@link WorkbookLimits}).
 */
final class XlsxRows implements SheetRows {

  private static final String SPREADSHEET_NS =
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private final OPCPackage workbook;
  private final InputStream sheet;
  private final XMLStreamReader xml;
  private final XSSFSheetXMLHandler handler;
  private final Deque<SheetRow> ready = new ArrayDeque<>();
  private List<String> cells;
  private long declaredRows = -1;

  private XlsxRows(OPCPackage workbook, InputStream sheet, XSSFReader reader)
      throws IOException, SAXException, OpenXML4JException, XMLStreamException {
    this.workbook = workbook;
    this.sheet = sheet;
    this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
    this.handler =
        new XSSFSheetXMLHandler(
            reader.getStylesTable(),
            new ReadOnlySharedStringsTable(workbook, false),
            new Collector(),
            new PlainValues(),
            false);
  }

  /**
   * Opens the workbook's first sheet.
   *
   * @throws UnreadableFile when the file is no workbook, or one the limits refuse
   */
  static XlsxRows open(Path file, WorkbookLimits limits) {
    limits.apply();
    OPCPackage workbook = null;
    try {
      workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(workbook);
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new UnreadableFile("The workbook has no sheet");
      }
      return new XlsxRows(workbook, sheets.next(), reader);
    } catch (UnreadableFile e) {
      closeQuietly(workbook);
      throw e;
    } catch (IOException
        | SAXException
        | OpenXML4JException
        | XMLStreamException
        | RuntimeException e) {
      closeQuietly(workbook);
      throw UnreadableFile.of(e);
    }
  }

  @Override
  public SheetRow next() throws IOException {
    try {
      while (ready.isEmpty() && xml.hasNext()) {
        feed(xml.next());
      }
    } catch (XMLStreamException | SAXException | RuntimeException e) {
      throw UnreadableFile.of(e);
    }
    return ready.poll();
  }

  @Override
  public OptionalLong declaredRows() {
    return declaredRows < 0 ? OptionalLong.empty() : OptionalLong.of(declaredRows);
  }

  private void feed(int event) throws SAXException {
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> {
        AttributesImpl attributes = new AttributesImpl();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
          String ns = xml.getAttributeNamespace(i);
          String local = xml.getAttributeLocalName(i);
          attributes.addAttribute(
              ns == null ? "" : ns, local, local, "CDATA", xml.getAttributeValue(i));
        }
        String local = xml.getLocalName();
        if ("dimension".equals(local)) {
          declaredRows = rowsOf(xml.getAttributeValue(null, "ref"));
        }
        handler.startElement(namespace(), local, local, attributes);
      }
      case XMLStreamConstants.END_ELEMENT ->
          handler.endElement(namespace(), xml.getLocalName(), xml.getLocalName());
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
          handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
          // the secure reader resolves neither (no XXE); a workbook never has one, so refuse it
          throw new UnreadableFile(
              "The workbook contains a document type declaration (DTD), which is not allowed");
      default -> {
        // processing instructions, comments, document start/end: nothing for the handler
      }
    }
  }

  private String namespace() {
    String ns = xml.getNamespaceURI();
    return ns == null ? SPREADSHEET_NS : ns;
  }

  /** The last row of a dimension such as {@code A1:I1001}, or -1 when it says nothing useful. */
  static long rowsOf(String ref) {
    if (ref == null || !ref.contains(":")) {
      return -1;
    }
    try {
      return new CellReference(ref.substring(ref.indexOf(':') + 1)).getRow() + 1L;
    } catch (RuntimeException e) {
      return -1;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // the stream below is closed next anyway
    }
    sheet.close();
    workbook.revert();
  }

  private static void closeQuietly(OPCPackage workbook) {
    if (workbook != null) {
      workbook.revert();
    }
  }

  /** Collects the cells of one row and hands the row over when it ends. */
  private final class Collector implements SheetContentsHandler {
    private int nextColumn;

    @Override
    public void startRow(int rowNum) {
      cells = new ArrayList<>();
      nextColumn = 0;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? nextColumn : new CellReference(reference).getCol();
      if (column >= WorkbookLimits.MAX_COLUMNS) {
        return; // columns far to the right are no import column: not kept
      }
      while (cells.size() < column) {
        cells.add(null);
      }
      cells.add(value);
      nextColumn = column + 1;
    }

    @Override
    public void endRow(int rowNum) {
      ready.add(new SheetRow(rowNum + 1L, cells));
      cells = null;
    }
  }
}
