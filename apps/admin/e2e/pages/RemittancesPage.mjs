// SEPA remittances: preview → create → download → import returns.
export class RemittancesPage {
  constructor(page) {
    this.page = page;
  }

  async preview(collectionDate) {
    await this.page.getByRole('textbox', { name: 'Fecha de cobro' }).fill(collectionDate);
    await this.page.getByRole('button', { name: 'Previsualizar' }).click();
  }

  debitRow(invoiceNumber) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: invoiceNumber, exact: true }) });
  }

  /** Generates the remittance; the page then follows its job (a progress bar) until it shows the remittance or why it failed. */
  async createConfirmed() {
    await this.page.getByRole('button', { name: 'Generar la remesa' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Generar la remesa' }).click();
  }

  /** Clicks the download button of the just-created remittance and returns the file's text. */
  async downloadCreated() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Descargar XML' }).first().click()]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    return { name: download.suggestedFilename(), text };
  }

  async importReturns(fileName, xml) {
    await this.page.getByRole('tab', { name: 'Devoluciones' }).click();
    await this.page.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: 'application/xml', buffer: Buffer.from(xml) });
    await this.page.getByRole('button', { name: 'Importar devoluciones' }).click();
  }

  importSummary() {
    return this.page.getByTestId('returns-summary');
  }
}
