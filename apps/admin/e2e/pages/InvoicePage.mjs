export class InvoicesPage {
  constructor(page) {
    this.page = page;
  }

  async openInvoiceOf(clientName) {
    await this.page.getByRole('row').filter({ hasText: clientName }).getByRole('link').first().click();
  }
}

export class InvoicePage {
  constructor(page) {
    this.page = page;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^Factura / });
  }

  total() {
    return this.page.getByTestId('invoice-total');
  }

  billingAccount() {
    return this.page.getByRole('note').filter({ hasText: 'Se cobra en' });
  }

  async markPaid() {
    await this.page.getByRole('button', { name: 'Marcar como pagada' }).click();
  }

  async downloadPdf() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Descargar PDF' }).click(),
    ]);
    return download;
  }
}
