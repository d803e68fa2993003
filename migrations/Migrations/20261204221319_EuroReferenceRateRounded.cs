using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PortfolioEval.Migrations
{
    /// <inheritdoc />
    public partial class EuroReferenceRateRounded : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "ExchangeRates",
                keyColumn: "Id",
                keyValue: new Guid("0b4c6f6e-0002-4a8e-9c1d-2f5a1e000002"),
                column: "UnitsPerUsd",
                value: 0.9626m);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "ExchangeRates",
                keyColumn: "Id",
                keyValue: new Guid("0b4c6f6e-0002-4a8e-9c1d-2f5a1e000002"),
                column: "UnitsPerUsd",
                value: 0.9625m);
        }
    }
}
