// Billing: period → preview → run → result.
export class BillingPage {
  constructor(page) {
    this.page = page;
  }

  async preview(period) {
    await this.page.getByRole('textbox', { name: 'Periodo (AAAA-MM)' }).fill(period);
    await this.page.getByRole('button', { name: 'Previsualizar' }).click();
  }

  previewRow(contractNumber) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: contractNumber, exact: true }) });
  }

  async runConfirmed() {
    await this.page.getByRole('button', { name: 'Facturar el periodo' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Facturar el periodo' }).click();
  }

  result() {
    return this.page.getByTestId('run-result');
  }

  async openInvoices() {
    await this.result().getByRole('link', { name: 'Facturas creadas' }).click();
  }
}
