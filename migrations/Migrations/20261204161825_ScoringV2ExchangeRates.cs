using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace PortfolioEval.Migrations
{
    /// <inheritdoc />
    public partial class ScoringV2ExchangeRates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "CompositeScore",
                table: "SharedReports",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.CreateTable(
                name: "ExchangeRates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    UnitsPerUsd = table.Column<decimal>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeRates", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ExchangeRates",
                columns: new[] { "Id", "Currency", "On", "Source", "UnitsPerUsd" },
                values: new object[,]
                {
                    { new Guid("0b4c6f6e-0001-4a8e-9c1d-2f5a1e000001"), "USD", new DateOnly(2024, 12, 31), "US dollar (the pivot currency)", 1m },
                    { new Guid("0b4c6f6e-0002-4a8e-9c1d-2f5a1e000002"), "EUR", new DateOnly(2024, 12, 31), "European Central Bank reference rate, 1 EUR = 1.0389 USD (rounded)", 0.9625m },
                    { new Guid("0b4c6f6e-0003-4a8e-9c1d-2f5a1e000003"), "PEN", new DateOnly(2024, 12, 31), "Banco Central de Reserva del Perú, interbank rate (rounded)", 3.76m },
                    { new Guid("0b4c6f6e-0004-4a8e-9c1d-2f5a1e000004"), "MXN", new DateOnly(2024, 12, 31), "Banco de México, FIX rate (rounded)", 20.79m },
                    { new Guid("0b4c6f6e-0005-4a8e-9c1d-2f5a1e000005"), "CLP", new DateOnly(2024, 12, 31), "Banco Central de Chile, dólar observado (rounded)", 996m },
                    { new Guid("0b4c6f6e-0006-4a8e-9c1d-2f5a1e000006"), "COP", new DateOnly(2024, 12, 31), "Banco de la República (Colombia), TRM (rounded)", 4409m },
                    { new Guid("0b4c6f6e-0007-4a8e-9c1d-2f5a1e000007"), "ARS", new DateOnly(2024, 12, 31), "Banco Central de la República Argentina, Comunicación A 3500 (rounded)", 1032.5m },
                    { new Guid("0b4c6f6e-0008-4a8e-9c1d-2f5a1e000008"), "BRL", new DateOnly(2024, 12, 31), "Banco Central do Brasil, PTAX (rounded)", 6.19m },
                    { new Guid("0b4c6f6e-0009-4a8e-9c1d-2f5a1e000009"), "BOB", new DateOnly(2024, 12, 31), "Banco Central de Bolivia, official selling rate", 6.96m },
                    { new Guid("0b4c6f6e-0010-4a8e-9c1d-2f5a1e000010"), "UYU", new DateOnly(2024, 12, 31), "Banco Central del Uruguay (rounded)", 44m }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeRates_Currency_On",
                table: "ExchangeRates",
                columns: new[] { "Currency", "On" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExchangeRates");

            migrationBuilder.AlterColumn<int>(
                name: "CompositeScore",
                table: "SharedReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
